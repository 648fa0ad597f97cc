package app.orders.cart;

import app.catalog.Sku;

/** The cart has no line for the given SKU. */
public class NotInCart extends RuntimeException {

	NotInCart(Sku sku) {
		super("Your cart holds no " + sku);
	}

}
