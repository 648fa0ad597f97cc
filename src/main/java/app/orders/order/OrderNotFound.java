package app.orders.order;

import app.orders.OrderId;

/** No order has the id, or none of the caller's does. */
public class OrderNotFound extends RuntimeException {

	OrderNotFound(OrderId id) {
		super("You have no order " + id);
	}

}
