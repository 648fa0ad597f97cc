package app.orders;

import app.users.UserId;
import org.jmolecules.event.types.DomainEvent;

/** An order reached the customer. */
public record OrderDelivered(OrderId orderId, UserId customerId) implements DomainEvent {
}
