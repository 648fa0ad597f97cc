package app.orders.cart;

/** A change would take a cart beyond its limits. */
public class CartLimitExceeded extends RuntimeException {

	CartLimitExceeded(String message) {
		super(message);
	}

}
