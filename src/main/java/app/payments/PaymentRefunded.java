package app.payments;

import java.util.UUID;

import app.money.Money;
import org.jmolecules.event.types.DomainEvent;

/**
 * What an order was charged went back to the customer's card.
 *
 * @param customerId who was refunded, as the users module identifies them
 */
public record PaymentRefunded(PaymentId paymentId, UUID orderId, UUID customerId, Money amount) implements DomainEvent {
}
