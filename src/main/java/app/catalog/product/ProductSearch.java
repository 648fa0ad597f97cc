package app.catalog.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import app.catalog.CategoryId;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.catalog.category.Categories;
import app.money.Money;
import app.web.ApiProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the catalog, straight into views. A text search runs in the search
 * index ({@link IndexSearch}, ADR 0037), which gives a page's products as summaries and
 * the total, as of its last refresh (ADR 0043): a search reads nothing from the tables. A
 * listing without words is read from the tables, where indexes serve each order (ADR
 * 0018); only its facets come from the search index. A search's page is kept for the next
 * shopper who asks the same ({@link SearchRankings}). A product's details, exact stock
 * included, are read from the tables.
 */
@Component
@Transactional(readOnly = true)
class ProductSearch {

	/**
	 * What a listing without words sorts by, and the SQL for it; {@code relevance} means
	 * nothing there and is passed over.
	 */
	private static final Map<String, String> SORTABLE = Map.of("name", "lower(p.name)", "price", "p.price_amount",
			"createdAt", "p.created_at", "sku", "p.sku");

	private static final String VIEW_COLUMNS = """
			p.id, p.sku, p.name, p.description, p.price_amount, p.price_currency, p.category_id, p.attributes,
			p.active, p.created_at, coalesce(s.on_hand - s.reserved, 0) AS available""";

	private static final String SUMMARY_COLUMNS = """
			p.id, p.sku, p.name, p.price_amount, p.price_currency, p.category_id, p.created_at,
			coalesce(s.on_hand > s.reserved, false) AS in_stock""";

	private static final String FROM = """
			FROM catalog.products p LEFT JOIN catalog.stock_items s ON s.product_id = p.id""";

	private final JdbcClient jdbc;

	private final SearchRankings rankings;

	private final IndexSearch index;

	ProductSearch(JdbcClient jdbc, SearchRankings rankings, IndexSearch index) {
		this.jdbc = jdbc;
		this.rankings = rankings;
		this.index = index;
	}

	Optional<ProductView> find(ProductId id) {
		return jdbc.sql("SELECT " + VIEW_COLUMNS + " " + FROM + " WHERE p.id = :id")
			.param("id", id.id())
			.query(ProductSearch::view)
			.optional();
	}

	Optional<ProductView> find(Sku sku) {
		return jdbc.sql("SELECT " + VIEW_COLUMNS + " " + FROM + " WHERE p.sku = :sku")
			.param("sku", sku.value())
			.query(ProductSearch::view)
			.optional();
	}

	/**
	 * Every product for the back office, off sale too, by name; with {@code text}, those
	 * whose name or SKU contains it.
	 */
	Page<ProductView> administered(@Nullable String text, Pageable pageable) {
		var where = text == null ? "" : " WHERE p.name ILIKE :text OR p.sku ILIKE :text";
		var pattern = text == null ? null
				: "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		var content = jdbc
			.sql("SELECT " + VIEW_COLUMNS + " " + FROM + where
					+ " ORDER BY lower(p.name), p.id LIMIT :limit OFFSET :offset")
			.params(pattern == null ? Map.of() : Map.of("text", pattern))
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ProductSearch::view)
			.list();
		return PageableExecutionUtils.getPage(content, pageable,
				() -> jdbc.sql("SELECT count(*) " + FROM + where)
					.params(pattern == null ? Map.of() : Map.of("text", pattern))
					.query(Long.class)
					.single());
	}

	/**
	 * One page of what {@code query} finds, with its facets if {@code facets}. Without a
	 * transaction: a search holds no connection while the index works.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	ProductResults search(ProductQuery query, Pageable pageable, boolean facets) {
		if (query.searchesText()) {
			var ranking = rankings.of(query, pageable.getSort(), pageable.getOffset(), pageable.getPageSize(), facets,
					() -> index.search(query, pageable.getSort(), pageable.getOffset(), pageable.getPageSize(),
							facets));
			return ProductResults.of(new PageImpl<>(ranking.products(), pageable, ranking.total()), ranking.facets(),
					ranking.didYouMean());
		}
		var filter = Filter.of(query);
		var content = jdbc
			.sql(filter.with() + "SELECT " + SUMMARY_COLUMNS + " " + FROM + filter.where() + " ORDER BY "
					+ orderBy(pageable.getSort()) + " LIMIT :limit OFFSET :offset")
			.params(filter.params())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ProductSearch::summary)
			.list();
		// Everything on sale, unfiltered, is the list most pages show: its total is kept
		// by the database (V2__active_product_count.sql) instead of counted per page.
		var page = PageableExecutionUtils.getPage(content, pageable,
				() -> filter.everythingOnSale()
						? jdbc.sql("SELECT products FROM catalog.active_product_count").query(Long.class).single()
						: jdbc.sql(filter.with() + "SELECT count(*) " + FROM + filter.where())
							.params(filter.params())
							.query(Long.class)
							.single());
		return ProductResults.of(page, facets ? index.facets(query) : null, null);
	}

	/** The conditions of a listing in SQL, and the parameters they refer to. */
	private record Filter(String with, String where, Map<String, Object> params, boolean everythingOnSale) {

		static Filter of(ProductQuery query) {
			var params = new HashMap<String, Object>();
			var conditions = new ArrayList<String>();
			conditions.add("p.active");
			if (query.category() != null) {
				params.put("category", query.category().id());
				conditions.add("p.category_id IN (SELECT id FROM subtree)");
			}
			if (query.minPrice() != null || query.maxPrice() != null) {
				params.put("currency", query.currency().getCurrencyCode());
				conditions.add("p.price_currency = :currency");
			}
			if (query.minPrice() != null) {
				params.put("minPrice", query.minPrice());
				conditions.add("p.price_amount >= :minPrice");
			}
			if (query.maxPrice() != null) {
				params.put("maxPrice", query.maxPrice());
				conditions.add("p.price_amount <= :maxPrice");
			}
			if (query.inStockOnly()) {
				conditions.add("s.on_hand > s.reserved");
			}
			return new Filter(query.category() != null ? Categories.SUBTREE : "",
					" WHERE " + String.join(" AND ", conditions), params, conditions.size() == 1);
		}

	}

	/** A sort the catalog does not know: the message names those it does. */
	static InvalidProductQuery unsortable(String property) {
		return new InvalidProductQuery("Cannot sort by '%s'. Sort by one of: name, price, createdAt, sku, relevance"
			.formatted(ApiProblems.echo(property)));
	}

	private static String orderBy(Sort requested) {
		// Without words to search for, every product is as relevant as the next: the
		// listing's own order stands in.
		var sort = Sort.by(requested.stream().filter(it -> !"relevance".equals(it.getProperty())).toList());
		if (sort.isUnsorted()) {
			return "lower(p.name), p.id";
		}
		var order = sort.stream().map(it -> {
			var column = SORTABLE.get(it.getProperty());
			if (column == null) {
				throw unsortable(it.getProperty());
			}
			return column + (it.isAscending() ? " ASC" : " DESC");
		}).collect(Collectors.joining(", "));
		// The tie-breaker runs the way the last order does, so that an index on
		// (column, id) serves a descending sort too, read backwards.
		boolean descending = sort.stream()
			.reduce((first, second) -> second)
			.map(Sort.Order::isDescending)
			.orElse(false);
		return order + ", p.id" + (descending ? " DESC" : "");
	}

	private static ProductView view(ResultSet row, int number) throws SQLException {
		return new ProductView(new ProductId(row.getObject("id", UUID.class)), new Sku(row.getString("sku")),
				row.getString("name"), row.getString("description"),
				new Money(row.getBigDecimal("price_amount"), Currency.getInstance(row.getString("price_currency"))),
				new CategoryId(row.getObject("category_id", UUID.class)),
				ColumnMappings.attributesFromJson(row.getString("attributes")), row.getBoolean("active"),
				row.getInt("available"), row.getTimestamp("created_at").toInstant());
	}

	private static ProductSummary summary(ResultSet row, int number) throws SQLException {
		return new ProductSummary(new ProductId(row.getObject("id", UUID.class)), new Sku(row.getString("sku")),
				row.getString("name"),
				new Money(row.getBigDecimal("price_amount"), Currency.getInstance(row.getString("price_currency"))),
				new CategoryId(row.getObject("category_id", UUID.class)), row.getBoolean("in_stock"),
				row.getTimestamp("created_at").toInstant());
	}

}
