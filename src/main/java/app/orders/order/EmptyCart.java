package app.orders.order;

/** A checkout of a cart that holds nothing. */
public class EmptyCart extends RuntimeException {

	EmptyCart() {
		super("Your cart is empty: add products before checking out");
	}

}
