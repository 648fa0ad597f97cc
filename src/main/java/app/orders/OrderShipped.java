package app.orders;

import app.users.UserId;
import org.jmolecules.event.types.DomainEvent;

/** An order left the warehouse on its way to the customer. */
public record OrderShipped(OrderId orderId, UserId customerId) implements DomainEvent {
}
