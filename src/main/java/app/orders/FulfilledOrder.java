package app.orders;

import java.time.Instant;
import java.util.List;

import app.money.Money;
import app.users.UserId;

/**
 * An order that was paid and not cancelled: confirmed, shipped or delivered. What a
 * module that learns from purchases replays to rebuild what it learnt.
 */
public record FulfilledOrder(OrderId orderId, UserId customerId, List<OrderLine> lines, Money total, Instant placedAt) {

	public FulfilledOrder {
		lines = List.copyOf(lines);
	}

}
