package app.payments.sandbox;

import java.util.Optional;
import java.util.UUID;

import app.money.Money;
import app.payments.PaymentDeclined.Reason;
import app.payments.processor.ChargeOutcome;
import app.payments.processor.PaymentProcessor;
import app.payments.processor.ProcessorKey;
import app.payments.processor.ProcessorUnavailable.Reach;
import app.payments.processor.ProcessorUnavailable;
import app.payments.processor.Refunded;

/**
 * A pretend card processor for development, demos and tests: it answers by test card
 * ({@link TestCard}) and keeps books like a real one, so a key seen again gets the first
 * answer and no second charge.
 */
class SandboxProcessor implements PaymentProcessor {

	private final SandboxLedger ledger;

	SandboxProcessor(SandboxLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public ChargeOutcome charge(ProcessorKey key, UUID orderId, UUID customerId, Money amount, String cardToken) {
		var card = TestCard.byToken(cardToken);
		if (card.isEmpty()) {
			return ledger.charge(key, orderId, amount, declined(Reason.INVALID_CARD)).outcome();
		}
		if (card.get() == TestCard.TIMEOUT) {
			throw new ProcessorUnavailable("The sandbox processor did not answer in time (test card timeout)",
					Reach.NO_ANSWER);
		}
		var decline = card.get().decline();
		var outcome = decline != null ? declined(decline)
				: new ChargeOutcome.Approved("sandbox-ch-" + UUID.randomUUID(), card.get().last4());
		var answer = ledger.charge(key, orderId, amount, outcome);
		if (card.get() == TestCard.CHARGED_THEN_TIMEOUT && answer.firstTime()) {
			throw new ProcessorUnavailable(
					"The sandbox processor charged the card, then did not answer in time (test card charged then timeout)",
					Reach.NO_ANSWER);
		}
		return answer.outcome();
	}

	@Override
	public Optional<ChargeOutcome> findCharge(ProcessorKey key) {
		return ledger.findCharge(key);
	}

	@Override
	public Refunded refund(ProcessorKey key, String chargeReference, Money amount) {
		return ledger.refund(key, chargeReference, amount, "sandbox-re-" + UUID.randomUUID());
	}

	static String messageFor(Reason reason) {
		return switch (reason) {
			case CARD_DECLINED -> "The card was declined by its issuer.";
			case INSUFFICIENT_FUNDS -> "Insufficient funds: the card's account does not hold enough money.";
			case INVALID_CARD -> "The card is not known; check its details or use another card.";
			case GATEWAY_UNAVAILABLE -> throw new IllegalArgumentException("The sandbox always answers");
		};
	}

	private static ChargeOutcome.Declined declined(Reason reason) {
		return new ChargeOutcome.Declined(reason, messageFor(reason));
	}

}
