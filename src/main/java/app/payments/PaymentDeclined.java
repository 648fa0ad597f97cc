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

		/** The processor knows no card by the token given. */
		INVALID_CARD,

		/**
		 * The processor gave no answer, or none that could be used, through all of
		 * payments' attempts ({@code agora.payments.max-charge-attempts}, minutes apart):
		 * it timed out, was known to be down (its circuit breaker open), too busy, or
		 * refused the request. Each attempt asks with the same idempotency key, so a
		 * charge that went through earlier is found rather than repeated; only a
		 * processor silent through every attempt may have charged a declined payment,
		 * which payments logs as an error for reconciliation (ADR 0012).
		 */
		GATEWAY_UNAVAILABLE

	}

}
