package app.orders.order;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import app.orders.OrderCancelled.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The shop's business figures: orders placed, confirmed and cancelled by reason, and the
 * time from checkout to confirmation. Counted by the instance that changed the order,
 * once its transaction commits: summed over the instances they are the shop's
 * ({@code agora_orders_*} in {@code /actuator/prometheus}; ops/prometheus/alerts.yaml).
 */
@Component
class OrderMetrics {

	private final Counter placed;

	private final Counter confirmed;

	private final Map<Reason, Counter> cancelled = new EnumMap<>(Reason.class);

	private final Timer checkoutToConfirmation;

	OrderMetrics(MeterRegistry meters) {
		this.placed = Counter.builder("agora.orders.placed").description("Orders placed at checkout").register(meters);
		this.confirmed = Counter.builder("agora.orders.confirmed")
			.description("Orders paid for and confirmed")
			.register(meters);
		for (var reason : Reason.values()) {
			cancelled.put(reason,
					Counter.builder("agora.orders.cancelled")
						.description("Orders cancelled, by why")
						.tag("reason", reason.name())
						.register(meters));
		}
		this.checkoutToConfirmation = Timer.builder("agora.orders.checkout.to.confirmation")
			.description("From an order's checkout to its confirmation")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(50))
			.maximumExpectedValue(Duration.ofHours(1))
			.register(meters);
	}

	void placed() {
		afterCommit(placed::increment);
	}

	/** Counts what the order became, if it became confirmed or cancelled just now. */
	void changed(Order order, OrderStatus before, Instant now) {
		if (order.getStatus() == before) {
			return;
		}
		if (order.getStatus() == OrderStatus.CONFIRMED) {
			var took = Duration.between(order.getPlacedAt(), now);
			afterCommit(() -> {
				confirmed.increment();
				checkoutToConfirmation.record(took);
			});
		}
		else if (order.getStatus() == OrderStatus.CANCELLED && order.getCancellation() != null) {
			var counter = cancelled.get(order.getCancellation());
			afterCommit(counter::increment);
		}
	}

	private static void afterCommit(Runnable count) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			count.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				count.run();
			}

		});
	}

}
