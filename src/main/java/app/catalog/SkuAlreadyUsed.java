package app.catalog;

/** Another product already has this SKU: SKUs are unique and never reused. */
public class SkuAlreadyUsed extends RuntimeException {

	public SkuAlreadyUsed(Sku sku) {
		super("SKU " + sku + " is already used by another product");
	}

}
