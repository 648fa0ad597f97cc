package app.recommendations.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.recommendations.model.Recommendation.Reason;
import app.users.UserId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers from the read model alone, products on sale only: what is bought together with
 * a product, and what to suggest to a customer. Ties go to the more popular product, then
 * to the lower id, so that an answer is the same every time.
 */
@Component
@Transactional(readOnly = true)
class Recommendations {

	private static final RowMapper<Recommendation> BOUGHT_TOGETHER = recommendation(Reason.BOUGHT_TOGETHER);

	private static final RowMapper<Recommendation> POPULAR = recommendation(Reason.POPULAR);

	private final JdbcClient jdbc;

	Recommendations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The products bought most often together with this one; none for a product no
	 * counted order holds, or that the model does not know.
	 */
	List<Recommendation> boughtWith(ProductId product, int limit) {
		return jdbc.sql("""
				SELECT p.id, p.sku, p.name, c.orders AS score
				FROM recommendations.co_purchases c
				JOIN recommendations.products p ON p.id = c.partner_id AND p.active
				JOIN recommendations.popularity pop ON pop.product_id = c.partner_id
				WHERE c.product_id = :product
				ORDER BY c.orders DESC, pop.orders DESC, pop.units DESC, p.id
				LIMIT :limit""").param("product", product.id()).param("limit", limit).query(BOUGHT_TOGETHER).list();
	}

	/**
	 * For a customer: what others bought together with the products they bought, scored
	 * by how often, leaving out what they have bought; then, up to the limit, the most
	 * popular products they have not bought. A customer without counted orders gets the
	 * popular products only.
	 */
	List<Recommendation> forCustomer(UserId customer, int limit) {
		var found = new ArrayList<>(jdbc.sql("""
				WITH bought AS (
				  SELECT DISTINCT l.product_id FROM recommendations.orders o
				  JOIN recommendations.order_lines l ON l.order_id = o.id
				  WHERE o.customer_id = :customer AND o.status = 'COUNTED')
				SELECT p.id, p.sku, p.name, sum(c.orders) AS score
				FROM bought b
				JOIN recommendations.co_purchases c ON c.product_id = b.product_id
				JOIN recommendations.products p ON p.id = c.partner_id AND p.active
				JOIN recommendations.popularity pop ON pop.product_id = c.partner_id
				WHERE c.partner_id NOT IN (SELECT product_id FROM bought)
				GROUP BY p.id, p.sku, p.name, pop.orders, pop.units
				ORDER BY score DESC, pop.orders DESC, pop.units DESC, p.id
				LIMIT :limit""").param("customer", customer.id()).param("limit", limit).query(BOUGHT_TOGETHER).list());
		if (found.size() < limit) {
			// As many as asked for: at least the rest are not among those found already.
			var listed = found.stream().map(Recommendation::productId).collect(Collectors.toSet());
			jdbc.sql("""
					SELECT p.id, p.sku, p.name, pop.orders AS score
					FROM recommendations.popularity pop
					JOIN recommendations.products p ON p.id = pop.product_id AND p.active
					WHERE p.id NOT IN (
					  SELECT l.product_id FROM recommendations.orders o
					  JOIN recommendations.order_lines l ON l.order_id = o.id
					  WHERE o.customer_id = :customer AND o.status = 'COUNTED')
					ORDER BY pop.orders DESC, pop.units DESC, p.id
					LIMIT :limit""")
				.param("customer", customer.id())
				.param("limit", limit)
				.query(POPULAR)
				.list()
				.stream()
				.filter(popular -> !listed.contains(popular.productId()))
				.limit(limit - found.size())
				.forEach(found::add);
		}
		return found;
	}

	/** The products on sale bought most often: what a shopper not signed in is shown. */
	List<Recommendation> popular(int limit) {
		return jdbc.sql("""
				SELECT p.id, p.sku, p.name, pop.orders AS score
				FROM recommendations.popularity pop
				JOIN recommendations.products p ON p.id = pop.product_id AND p.active
				ORDER BY pop.orders DESC, pop.units DESC, p.id
				LIMIT :limit""").param("limit", limit).query(POPULAR).list();
	}

	private static RowMapper<Recommendation> recommendation(Reason reason) {
		return (ResultSet row, int number) -> read(row, reason);
	}

	private static Recommendation read(ResultSet row, Reason reason) throws SQLException {
		return new Recommendation(new ProductId(row.getObject("id", UUID.class)), new Sku(row.getString("sku")),
				row.getString("name"), reason, row.getLong("score"));
	}

}
