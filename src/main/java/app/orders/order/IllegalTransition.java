package app.orders.order;

import app.orders.OrderId;

/** An order was asked to do something its status does not allow. */
public class IllegalTransition extends RuntimeException {

	IllegalTransition(OrderId order, OrderStatus status, String attempted) {
		super("Order %s is %s: it cannot %s".formatted(order, status, attempted));
	}

}
