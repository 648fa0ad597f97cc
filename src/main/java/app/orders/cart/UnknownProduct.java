package app.orders.cart;

import app.catalog.Sku;

/** The catalog has no product with the SKU a customer asked for. */
public class UnknownProduct extends RuntimeException {

	public UnknownProduct(Sku sku) {
		super("The catalog has no product " + sku);
	}

}
