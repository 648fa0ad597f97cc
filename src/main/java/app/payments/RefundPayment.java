package app.payments;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.architecture.cqrs.Command;

/**
 * Asks payments to give back, in full, what an order was charged. Answered with
 * {@link PaymentRefunded}; an order is refunded at most once. An order that was never
 * charged successfully has nothing to refund, and the command changes nothing. A refund
 * the card processor refuses (refunded before, too old) is not answered: payments logs it
 * as an error and sets it aside for an operator.
 *
 * @param orderId the order whose charge is refunded
 * @param reason why, for the payment's record
 */
@Command
public record RefundPayment(UUID orderId, String reason) {

	public RefundPayment {
		Objects.requireNonNull(orderId, "orderId must not be null");
		Objects.requireNonNull(reason, "reason must not be null");
	}

}
