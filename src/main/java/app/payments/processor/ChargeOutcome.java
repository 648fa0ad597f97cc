package app.payments.processor;

import java.util.Objects;

import app.payments.PaymentDeclined.Reason;

/** What a processor answered to a charge: approved or declined. */
public sealed interface ChargeOutcome {

	/**
	 * The money was taken.
	 *
	 * @param reference the processor's id of the charge, needed to refund it
	 * @param cardLast4 the last four digits of the card charged
	 */
	record Approved(String reference, String cardLast4) implements ChargeOutcome {

		public Approved {
			Objects.requireNonNull(reference, "reference must not be null");
			Objects.requireNonNull(cardLast4, "cardLast4 must not be null");
			if (!cardLast4.matches("[0-9]{4}")) {
				throw new IllegalArgumentException("the last four digits of a card are four digits");
			}
		}

	}

	/**
	 * The processor refused the charge; nothing was taken.
	 *
	 * @param reason why, as the payments API tells it; never
	 * {@link Reason#GATEWAY_UNAVAILABLE}, which is {@link ProcessorUnavailable}'s
	 * @param message why, in words for the customer
	 */
	record Declined(Reason reason, String message) implements ChargeOutcome {

		public Declined {
			Objects.requireNonNull(reason, "reason must not be null");
			Objects.requireNonNull(message, "message must not be null");
			if (reason == Reason.GATEWAY_UNAVAILABLE) {
				throw new IllegalArgumentException("a processor that answers is not unavailable");
			}
		}

	}

}
