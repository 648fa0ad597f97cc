package app.orders;

import java.util.List;

import app.money.Money;
import app.users.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An order is paid and its stock is the customer's: it will be shipped. Carries the lines
 * and total, so that a listener needs to ask nothing.
 */
public record OrderConfirmed(OrderId orderId, UserId customerId, List<OrderLine> lines,
		Money total) implements DomainEvent {

	public OrderConfirmed {
		lines = List.copyOf(lines);
	}

}
