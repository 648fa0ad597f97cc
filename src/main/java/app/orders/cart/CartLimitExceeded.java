package app.orders.cart;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** A change would take a cart beyond its limits. */
@Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "cart-limit-exceeded")
class CartLimitExceeded extends RuntimeException {

	CartLimitExceeded(String message) {
		super(message);
	}

}
