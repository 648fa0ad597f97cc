package app.orders.order;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import app.orders.OrderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Cancels orders that waited for a card longer than the payment window, so that their
 * reserved stock goes back on sale. Every instance may run this: each order is cancelled
 * under its row lock, and one already cancelled is left alone.
 */
@Component
class UnpaidOrders implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(UnpaidOrders.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final OrderLifecycle lifecycle;

	private final PaymentWindow window;

	private final Clock clock;

	UnpaidOrders(JdbcClient jdbc, OrderLifecycle lifecycle, PaymentWindow window, Clock clock) {
		this.jdbc = jdbc;
		this.lifecycle = lifecycle;
		this.window = window;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(
				new FixedDelayTask(this::cancelExpired, window.unpaidCheckInterval(), window.unpaidCheckInterval()));
	}

	void cancelExpired() {
		// A read of ids only: each order is then cancelled through its aggregate.
		var overdue = jdbc.sql("""
				SELECT id FROM orders.orders
				WHERE status = 'AWAITING_PAYMENT' AND payment_status = 'AWAITING_CARD' AND updated_at < ?
				ORDER BY updated_at LIMIT ?""")
			.params(Timestamp.from(clock.instant().minus(window.paymentWindow())), BATCH)
			.query(UUID.class)
			.list();
		for (var id : overdue) {
			try {
				lifecycle.expireUnpaid(new OrderId(id));
			}
			catch (RuntimeException ex) {
				log.warn("Could not cancel unpaid order {}; trying again at the next check", id, ex);
			}
		}
		if (!overdue.isEmpty()) {
			log.info("Cancelled {} orders that were not paid within {}", overdue.size(), window.paymentWindow());
		}
	}

}
