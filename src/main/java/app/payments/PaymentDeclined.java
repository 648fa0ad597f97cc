package app.payments;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * An order's charge did not go through and nothing was charged. The order cannot be paid
 * with this payment any more.
 *
 * @param reason why, in terms a shop can act on
 * @param detail why, in words for the customer
 */
public record PaymentDeclined(PaymentId paymentId, UUID orderId, Reason reason, String detail) implements DomainEvent {

	/** Why a charge did not go through. */
	public enum Reason {

		/** The card issuer refused the charge. */
		CARD_DECLINED,

		/** The card's account does not hold enough money. */
		INSUFFICIENT_FUNDS,

		/** The gateway knows no card by the token given. */
		INVALID_CARD,

		/**
		 * The gateway did not answer in time, even after retries, or is known to be down
		 * (its circuit breaker is open), or too busy to take the charge. Rarely, a charge
		 * that timed out went through at the processor all the same; payments logs it for
		 * reconciliation (ADR 0012).
		 */
		GATEWAY_UNAVAILABLE

	}

}
