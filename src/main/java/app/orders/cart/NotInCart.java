package app.orders.cart;

import app.catalog.Sku;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** The cart has no line for the given SKU. */
@Refusal(status = HttpStatus.NOT_FOUND, type = "not-found")
class NotInCart extends RuntimeException {

	NotInCart(Sku sku) {
		super("Your cart holds no " + sku);
	}

}
