package app.orders.order;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.orders.OrderId;
import app.users.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The idempotency keys of checkouts, each with the request it came with and the order it
 * placed. Not an aggregate: a key is claimed atomically with {@code ON CONFLICT}, which
 * {@code save} cannot say.
 */
@Component
class Checkouts {

	private final JdbcClient jdbc;

	Checkouts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A checkout placed earlier under the same key. */
	record Earlier(OrderId order, String fingerprint) {
	}

	/**
	 * Records that this customer's key places the given order, unless the key was used
	 * before. A concurrent checkout with the same key waits here until the first one
	 * ends, and then finds its order.
	 * @return whether the key was new
	 */
	boolean claim(UserId customer, IdempotencyKey key, String fingerprint, OrderId order, Instant now) {
		return jdbc.sql("""
				INSERT INTO orders.checkouts (customer_id, idempotency_key, request_hash, order_id, created_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(customer.id(), key.value(), fingerprint, order.id(), Timestamp.from(now))
			.update() == 1;
	}

	Optional<Earlier> find(UserId customer, IdempotencyKey key) {
		return jdbc.sql("""
				SELECT order_id, request_hash FROM orders.checkouts WHERE customer_id = ? AND idempotency_key = ?""")
			.params(customer.id(), key.value())
			.query((row, number) -> new Earlier(new OrderId(row.getObject("order_id", UUID.class)),
					row.getString("request_hash")))
			.optional();
	}

}
