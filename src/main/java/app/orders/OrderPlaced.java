package app.orders;

import java.time.Instant;
import java.util.List;

import app.money.Money;
import app.users.UserId;
import org.jmolecules.event.types.DomainEvent;

/** A customer checked out: the order exists, and its stock and payment are under way. */
public record OrderPlaced(OrderId orderId, UserId customerId, List<OrderLine> lines, Money total,
		Instant placedAt) implements DomainEvent {

	public OrderPlaced {
		lines = List.copyOf(lines);
	}

}
