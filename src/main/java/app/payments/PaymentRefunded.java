package app.payments;

import java.util.UUID;

import app.money.Money;
import org.jmolecules.event.types.DomainEvent;

/** What an order was charged went back to the customer's card. */
public record PaymentRefunded(PaymentId paymentId, UUID orderId, Money amount) implements DomainEvent {
}
