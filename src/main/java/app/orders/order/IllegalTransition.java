package app.orders.order;

import app.orders.OrderId;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** An order was asked to do something its status does not allow. */
@Refusal(status = HttpStatus.CONFLICT, type = "order-status-conflict")
class IllegalTransition extends RuntimeException {

	IllegalTransition(OrderId order, OrderStatus status, String attempted) {
		super("Order %s is %s: it cannot %s".formatted(order, status, attempted));
	}

}
