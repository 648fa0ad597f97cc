package app.payments.sandbox;

import java.util.Arrays;
import java.util.Optional;

import app.payments.PaymentDeclined.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's documented test cards, by token. The sandbox knows no card numbers; a
 * token it does not know is declined as {@link Reason#INVALID_CARD}.
 */
public enum TestCard {

	/** Approved. */
	APPROVED("test-card-approved", "4242", null),

	/** Declined by the issuer. */
	DECLINED("test-card-declined", "0002", Reason.CARD_DECLINED),

	/** Declined for lack of funds. */
	INSUFFICIENT_FUNDS("test-card-insufficient-funds", "9995", Reason.INSUFFICIENT_FUNDS),

	/**
	 * Never answered in time: the sandbox reports the processor unavailable (outcome
	 * unknown) at once, on every attempt, as a processor would after timing out, and
	 * charges nothing. Payments tries again until its attempts are used up, then declines
	 * the charge as {@link Reason#GATEWAY_UNAVAILABLE}.
	 */
	TIMEOUT("test-card-timeout", "0119", null),

	/**
	 * Charged, but the first answer is lost: the first charge under a key is recorded as
	 * approved, and then the sandbox reports the processor unavailable (outcome unknown),
	 * as a processor whose answer timed out on its way back. Asked again with the same
	 * key, it answers the approval it recorded, and charges nothing more.
	 */
	CHARGED_THEN_TIMEOUT("test-card-charged-then-timeout", "3155", null);

	private final String token;

	private final String last4;

	private final @Nullable Reason decline;

	TestCard(String token, String last4, @Nullable Reason decline) {
		this.token = token;
		this.last4 = last4;
		this.decline = decline;
	}

	/** The token to pay with, as {@code ChargePayment.cardToken}. */
	public String token() {
		return token;
	}

	/** The last four digits of the card, as a completed payment reports them. */
	public String last4() {
		return last4;
	}

	static Optional<TestCard> byToken(String token) {
		return Arrays.stream(values()).filter(card -> card.token.equals(token)).findFirst();
	}

	@Nullable Reason decline() {
		return decline;
	}

}
