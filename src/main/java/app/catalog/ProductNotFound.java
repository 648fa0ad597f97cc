package app.catalog;

/** No product has the given id or SKU. */
public class ProductNotFound extends RuntimeException {

	public ProductNotFound(ProductId id) {
		super("There is no product " + id);
	}

	public ProductNotFound(Sku sku) {
		super("There is no product with SKU " + sku);
	}

}
