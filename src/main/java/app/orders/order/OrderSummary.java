package app.orders.order;

import java.time.Instant;

import app.money.Money;
import app.orders.OrderId;
import app.users.UserId;

/**
 * An order in a list: enough to recognise it and see where it is.
 *
 * @param items how many units it holds, over all lines
 */
record OrderSummary(OrderId id, UserId customerId, OrderStatus status, PaymentStatus paymentStatus, Money total,
		int items, Instant placedAt) {
}
