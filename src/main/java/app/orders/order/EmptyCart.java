package app.orders.order;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** A checkout of a cart that holds nothing. */
@Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "empty-cart")
class EmptyCart extends RuntimeException {

	EmptyCart() {
		super("Your cart is empty: add products before checking out");
	}

}
