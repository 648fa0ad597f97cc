package app.catalog.product;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** No product has the given id or SKU. */
@Refusal(status = HttpStatus.NOT_FOUND, type = "not-found")
class ProductNotFound extends RuntimeException {

	ProductNotFound(ProductId id) {
		super("There is no product " + id);
	}

	ProductNotFound(Sku sku) {
		super("There is no product with SKU " + sku);
	}

}
