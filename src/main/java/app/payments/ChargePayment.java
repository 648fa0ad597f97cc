package app.payments;

import java.util.Objects;
import java.util.UUID;

import app.money.Money;
import org.jmolecules.architecture.cqrs.Command;

/**
 * Asks payments to charge an order's total to a card. Answered with
 * {@link PaymentCompleted} or {@link PaymentDeclined}: at once when the processor
 * answers, minutes later when it does not and the charge is asked again. An order is
 * charged at most once, however often this command is delivered.
 *
 * @param orderId the order being paid, as the ordering module identifies it
 * @param customerId who pays, as the users module identifies them
 * @param amount what to charge
 * @param cardToken the card as the payment processor tokenised it; never a card number
 */
@Command
public record ChargePayment(UUID orderId, UUID customerId, Money amount, String cardToken) {

	public ChargePayment {
		Objects.requireNonNull(orderId, "orderId must not be null");
		Objects.requireNonNull(customerId, "customerId must not be null");
		Objects.requireNonNull(amount, "amount must not be null");
		Objects.requireNonNull(cardToken, "cardToken must not be null");
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("a charge must be positive, was " + amount);
		}
	}

	@Override
	public String toString() {
		return "ChargePayment[orderId=" + orderId + ", amount=" + amount + "]";
	}

}
