package app.notifications.notification;

import java.time.Clock;

import app.orders.OrderCancelled;
import app.orders.OrderConfirmed;
import app.orders.OrderDelivered;
import app.orders.OrderShipped;
import app.payments.PaymentRefunded;
import app.users.UserId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the notifications of an order's news and of refunds, by email and text message,
 * for the dispatcher to send: recording is all a listener does, in a short transaction of
 * its own, so that the registry's publication completes at once whatever the mail server
 * does. Each fact is recorded once, however often its event arrives.
 */
@Component
class OrderListener {

	private final Notifications notifications;

	private final Clock clock;

	OrderListener(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrderConfirmed event) {
		notifications.record(Template.ORDER_CONFIRMED, "order-confirmed:" + event.orderId(), event.customerId(),
				Facts.order(event.orderId().id(), event.lines(), event.total()), clock.instant());
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		notifications.record(Template.ORDER_CANCELLED, "order-cancelled:" + event.orderId(), event.customerId(), Facts
			.cancellation(event.orderId().id(), event.lines(), event.total(), event.reason().name(), event.detail()),
				clock.instant());
	}

	@ApplicationModuleListener
	void on(OrderShipped event) {
		notifications.record(Template.ORDER_SHIPPED, "order-shipped:" + event.orderId(), event.customerId(),
				Facts.order(event.orderId().id(), event.lines(), event.total()), clock.instant());
	}

	@ApplicationModuleListener
	void on(OrderDelivered event) {
		notifications.record(Template.ORDER_DELIVERED, "order-delivered:" + event.orderId(), event.customerId(),
				Facts.order(event.orderId().id(), event.lines(), event.total()), clock.instant());
	}

	@ApplicationModuleListener
	void on(PaymentRefunded event) {
		notifications.record(Template.PAYMENT_REFUNDED, "payment-refunded:" + event.paymentId(),
				new UserId(event.customerId()), Facts.refund(event.orderId(), event.amount()), clock.instant());
	}

}
