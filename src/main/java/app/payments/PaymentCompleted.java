package app.payments;

import java.util.UUID;

import app.money.Money;
import org.jmolecules.event.types.DomainEvent;

/**
 * An order's total was charged to the customer's card.
 *
 * @param cardLast4 the last four digits of the card, to show the customer
 */
public record PaymentCompleted(PaymentId paymentId, UUID orderId, Money amount,
		String cardLast4) implements DomainEvent {
}
