package app.catalog.product;

import java.util.List;

import app.catalog.Catalog;
import app.catalog.CategoryId;
import app.catalog.NewCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Searches over the benchmark's catalog, thousands of products whose names share their
 * words, find what shoppers mean: the words and misspellings bench/run sends, and exact
 * names and SKUs first (issue 19).
 */
@ApplicationModuleTest
class BenchCatalogRelevanceTests {

	/** bench/seed.sql's kinds of product, each in a category of its own. */
	private static final List<String> KINDS = List.of("Running Shoes", "Jacket", "Wool Socks", "Backpack", "Tent",
			"Cycling Gloves", "Hoodie", "Rain Coat", "Sneakers", "Yoga Mat", "Bottle", "Boots");

	private static final int PRODUCTS = 6_000;

	private final ProductSearch search;

	BenchCatalogRelevanceTests(ProductSearch search, Catalog catalog, JdbcClient jdbc, SearchIndexFeed feed) {
		this.search = search;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.feed = feed;
	}

	private final Catalog catalog;

	private final JdbcClient jdbc;

	private final SearchIndexFeed feed;

	/**
	 * The products of bench/seed.sql, named the same way, written the same way: in SQL.
	 */
	@BeforeAll
	void seed() {
		var categories = KINDS.stream().map(kind -> catalog.addCategory(new NewCategory(kind, null))).toList();
		jdbc.sql("""
				INSERT INTO catalog.products (id, sku, name, description, price_amount, price_currency, category_id,
				                              attributes, active, created_at, updated_at, version)
				SELECT gen_random_uuid(), 'BENCH-' || lpad(i::text, 7, '0'),
				       adjective || ' ' || kind || ' ' || colour || ' ' || i,
				       'A ' || lower(adjective) || ' ' || lower(kind) || ' in ' || lower(colour) || ', made to last.',
				       5 + (i % 500) + 0.99, 'EUR', (:categories::uuid[])[i % 12 + 1], '{}', true, now(), now(), 0
				FROM generate_series(1, :products) AS i
				CROSS JOIN LATERAL (SELECT
				    (ARRAY['Lightweight', 'Waterproof', 'Insulated', 'Merino', 'Trail', 'Classic', 'Kids', 'Leather',
				           'Breathable', 'Urban'])[i % 10 + 1] AS adjective,
				    (:kinds::text[])[i % 12 + 1] AS kind,
				    (ARRAY['Red', 'Blue', 'Black', 'Green', 'Grey', 'Yellow', 'White'])[i % 7 + 1] AS colour) words
				""")
			.param("categories", categories.stream().map(CategoryId::id).toArray(java.util.UUID[]::new))
			.param("kinds", KINDS.toArray(String[]::new))
			.param("products", PRODUCTS)
			.update();
		feed.catchUp();
	}

	@Test
	void findsWhatShoppersMean() {
		Relevance.assertAllFound(search, "search/relevance-bench.tsv");
	}

}
