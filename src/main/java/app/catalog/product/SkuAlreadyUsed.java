package app.catalog.product;

import app.catalog.Sku;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** Another product already has this SKU: SKUs are unique and never reused. */
@Refusal(status = HttpStatus.CONFLICT, type = "sku-already-used")
class SkuAlreadyUsed extends RuntimeException {

	SkuAlreadyUsed(Sku sku) {
		super("SKU " + sku + " is already used by another product");
	}

}
