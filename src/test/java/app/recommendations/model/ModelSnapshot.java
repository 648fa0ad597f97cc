package app.recommendations.model;

import java.util.Collection;
import java.util.List;

import app.catalog.ProductId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts the read model holds about some products, read straight from its tables, in
 * a fixed order so that two snapshots compare equal when the counts are.
 *
 * @param popularity "product orders units", one per product
 * @param coPurchases "product partner orders", one per pair and direction
 * @param history "order customer product quantity", one per counted line
 */
record ModelSnapshot(List<String> popularity, List<String> coPurchases, List<String> history) {

	static ModelSnapshot of(JdbcClient jdbc, Collection<ProductId> products) {
		var ids = products.stream().map(ProductId::id).toList();
		return new ModelSnapshot(
				jdbc.sql("""
						SELECT concat_ws(' ', product_id, orders, units) FROM recommendations.popularity
						WHERE product_id IN (:products) ORDER BY product_id""")
					.param("products", ids)
					.query(String.class)
					.list(),
				jdbc.sql("""
						SELECT concat_ws(' ', product_id, partner_id, orders) FROM recommendations.co_purchases
						WHERE product_id IN (:products) OR partner_id IN (:products)
						ORDER BY product_id, partner_id""").param("products", ids).query(String.class).list(),
				jdbc.sql("""
						SELECT concat_ws(' ', o.id, o.customer_id, l.product_id, l.quantity)
						FROM recommendations.orders o JOIN recommendations.order_lines l ON l.order_id = o.id
						WHERE o.status = 'COUNTED' AND l.product_id IN (:products)
						ORDER BY o.id, l.product_id""").param("products", ids).query(String.class).list());
	}

	/** How many counted orders bought the product. */
	static int popularity(JdbcClient jdbc, ProductId product) {
		return jdbc.sql("SELECT coalesce(max(orders), 0) FROM recommendations.popularity WHERE product_id = ?")
			.param(product.id())
			.query(Integer.class)
			.single();
	}

	/** How many counted orders bought the two products together. */
	static int together(JdbcClient jdbc, ProductId product, ProductId partner) {
		return jdbc.sql("""
				SELECT coalesce(max(orders), 0) FROM recommendations.co_purchases
				WHERE product_id = ? AND partner_id = ?""")
			.params(product.id(), partner.id())
			.query(Integer.class)
			.single();
	}

}
