package app.catalog.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * A product as the search index keeps it, read from the catalog's tables: what a search
 * matches, filters, sorts and counts by, and the summary a page of results shows.
 *
 * @param revision the product row's {@code search_revision} when it was read
 * @param inStock whether any of it can be ordered right now
 */
record IndexedProduct(UUID id, String sku, String name, String description, BigDecimal price, String currency,
		UUID categoryId, boolean active, boolean inStock, Instant createdAt, long revision) {

	/**
	 * The columns {@link #of} reads, from {@code products p} and {@code stock_items s}.
	 */
	static final String COLUMNS = """
			p.id, p.sku, p.name, p.description, p.price_amount, p.price_currency, p.category_id, p.active,
			p.created_at, p.search_revision, coalesce(s.on_hand > s.reserved, false) AS in_stock""";

	static final String FROM = "catalog.products p LEFT JOIN catalog.stock_items s ON s.product_id = p.id";

	static IndexedProduct of(ResultSet row, int number) throws SQLException {
		return new IndexedProduct(row.getObject("id", UUID.class), row.getString("sku"), row.getString("name"),
				row.getString("description"), row.getBigDecimal("price_amount"), row.getString("price_currency"),
				row.getObject("category_id", UUID.class), row.getBoolean("active"), row.getBoolean("in_stock"),
				row.getTimestamp("created_at").toInstant(), row.getLong("search_revision"));
	}

}
