package app.orders.order;

import app.orders.OrderId;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** No order has the id, or none of the caller's does. */
@Refusal(status = HttpStatus.NOT_FOUND, type = "not-found")
class OrderNotFound extends RuntimeException {

	OrderNotFound(OrderId id) {
		super("You have no order " + id);
	}

}
