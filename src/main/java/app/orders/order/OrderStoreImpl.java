package app.orders.order;

import java.sql.Timestamp;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OrderStore} in SQL: one update of the order's row, guarded by its version as
 * Spring Data JDBC guards it, and one insert per status reached.
 */
@Transactional
class OrderStoreImpl implements OrderStore {

	private final JdbcClient jdbc;

	OrderStoreImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Order saveChange(Order order) {
		long version = order.getVersion();
		int updated = jdbc.sql("""
				UPDATE orders.orders
				SET status = ?, payment_status = ?, card_token = ?, card_last4 = ?, cancellation = ?,
				    updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(order.getStatus().name(), order.getPaymentStatus().name(), order.getCardToken(),
					order.getCardLast4(), order.getCancellation() == null ? null : order.getCancellation().name(),
					Timestamp.from(order.getUpdatedAt()), order.getId().id(), version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"Order %s changed since it was loaded at version %d".formatted(order.getId(), version));
		}
		var history = order.getHistory();
		for (int position = order.getHistoryStored(); position < history.size(); position++) {
			var change = history.get(position);
			jdbc.sql(
					"INSERT INTO orders.order_status_history (order_id, position, status, at, reason) VALUES (?, ?, ?, ?, ?)")
				.params(order.getId().id(), position, change.status().name(), Timestamp.from(change.at()),
						change.reason())
				.update();
		}
		order.stored(version + 1);
		return order;
	}

}
