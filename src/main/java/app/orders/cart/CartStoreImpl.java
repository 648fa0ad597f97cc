package app.orders.cart;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.users.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CartStore} in SQL: the cart's row updated as Spring Data JDBC would (a new
 * version, so a stale copy of the cart cannot be saved over it), then its lines deleted,
 * returning them in the cart's order.
 */
@Transactional
class CartStoreImpl implements CartStore {

	private final JdbcClient jdbc;

	CartStoreImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CartLine> takeLines(UserId customer, Instant now) {
		int carts = jdbc.sql("UPDATE orders.carts SET updated_at = ?, version = version + 1 WHERE id = ?")
			.params(Timestamp.from(now), customer.id())
			.update();
		if (carts == 0) {
			return List.of();
		}
		return jdbc
			.sql("""
					WITH taken AS (DELETE FROM orders.cart_lines WHERE cart_id = ? RETURNING position, sku, product_id, quantity)
					SELECT sku, product_id, quantity FROM taken ORDER BY position""")
			.param(customer.id())
			.query((row, number) -> new CartLine(new Sku(row.getString("sku")),
					new ProductId(row.getObject("product_id", UUID.class)), row.getInt("quantity")))
			.list();
	}

}
