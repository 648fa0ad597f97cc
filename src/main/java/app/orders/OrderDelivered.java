package app.orders;

import java.util.List;

import app.money.Money;
import app.users.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An order reached the customer. Carries the lines and total, so that a listener needs to
 * ask nothing.
 */
public record OrderDelivered(OrderId orderId, UserId customerId, List<OrderLine> lines,
		Money total) implements DomainEvent {

	public OrderDelivered {
		lines = List.copyOf(lines);
	}

}
