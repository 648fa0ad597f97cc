package app.orders.cart;

import app.catalog.Sku;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** The catalog has no product with the SKU a customer asked for. */
@Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-product")
public class UnknownProduct extends RuntimeException {

	public UnknownProduct(Sku sku) {
		super("The catalog has no product " + sku);
	}

}
