package app.payments;

import app.deployment.MessageBoundary;
import app.deployment.MessageType;
import app.deployment.Topic;
import org.springframework.stereotype.Component;

/**
 * What crosses the payments boundary when payments runs in a process of its own: the
 * commands in, the events out, each on one topic keyed by the order's id, so that an
 * order's charge and refund, and their answers, stay in order (ADR 0030).
 */
@Component
class PaymentsMessages implements MessageBoundary {

	static final Topic COMMANDS = Topic.of("agora.payments.commands",
			MessageType.of(ChargePayment.class, 1, ChargePayment::orderId),
			MessageType.of(RefundPayment.class, 1, RefundPayment::orderId));

	static final Topic EVENTS = Topic.of("agora.payments.events",
			MessageType.of(PaymentCompleted.class, 1, PaymentCompleted::orderId),
			MessageType.of(PaymentDeclined.class, 1, PaymentDeclined::orderId),
			MessageType.of(PaymentRefunded.class, 1, PaymentRefunded::orderId));

	@Override
	public String module() {
		return "payments";
	}

	@Override
	public Topic inbound() {
		return COMMANDS;
	}

	@Override
	public Topic outbound() {
		return EVENTS;
	}

}
