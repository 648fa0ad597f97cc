package app.payments.processor;

import java.util.Optional;
import java.util.UUID;

import app.money.Money;

/**
 * Where cards are charged and refunded: the sandbox by default, a remote card processor
 * in production ({@code agora.payments.gateway}). Every call carries an idempotency key;
 * a processor that sees a key again answers what it answered the first time and moves no
 * money, so a call may always be repeated with the same key.
 */
public interface PaymentProcessor {

	/**
	 * Charges the amount to the card.
	 * @return approved, with the processor's reference, or declined, with why
	 * @throws ProcessorUnavailable when no answer was obtained
	 */
	ChargeOutcome charge(ProcessorKey key, UUID orderId, UUID customerId, Money amount, String cardToken);

	/**
	 * What the processor made of the charge under this key, without charging anything:
	 * asked before a charge whose outcome is unknown is given up.
	 * @return the charge's outcome, approved or declined, or nothing when the processor
	 * has no charge under the key
	 * @throws ProcessorUnavailable when the processor could not be asked or gave no
	 * answer
	 */
	Optional<ChargeOutcome> findCharge(ProcessorKey key);

	/**
	 * Gives back (part of) an approved charge.
	 * @throws ProcessorUnavailable when no answer was obtained
	 * @throws RefundRefused when the processor answered that it will not make the refund
	 */
	Refunded refund(ProcessorKey key, String chargeReference, Money amount);

}
