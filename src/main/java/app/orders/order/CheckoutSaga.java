package app.orders.order;

import java.util.stream.Collectors;

import app.catalog.StockReservationRejected;
import app.catalog.StockReserved;
import app.orders.OrderId;
import app.payments.PaymentCompleted;
import app.payments.PaymentDeclined;
import app.payments.PaymentRefunded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The orders' side of the checkout saga: the catalog's and payments' answers, each
 * applied to its order after the answering module's transaction committed, in a
 * transaction of its own. An answer the order no longer expects changes nothing, so a
 * redelivered one is harmless; a failure leaves the publication incomplete, to be
 * resubmitted (ADR 0011).
 */
@Component
class CheckoutSaga {

	private final OrderLifecycle lifecycle;

	CheckoutSaga(OrderLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@ApplicationModuleListener
	void on(StockReserved event) {
		lifecycle.stockReserved(new OrderId(event.orderId()));
	}

	@ApplicationModuleListener
	void on(StockReservationRejected event) {
		var shortages = event.shortages()
			.stream()
			.map(it -> "%s (%d wanted, %d available)".formatted(it.sku(), it.requested(), it.available()))
			.collect(Collectors.joining(", "));
		lifecycle.stockRejected(new OrderId(event.orderId()), "Not enough stock: " + shortages);
	}

	@ApplicationModuleListener
	void on(PaymentCompleted event) {
		lifecycle.paymentCompleted(new OrderId(event.orderId()), event.cardLast4());
	}

	@ApplicationModuleListener
	void on(PaymentDeclined event) {
		lifecycle.paymentDeclined(new OrderId(event.orderId()), event.detail());
	}

	@ApplicationModuleListener
	void on(PaymentRefunded event) {
		lifecycle.refunded(new OrderId(event.orderId()));
	}

}
