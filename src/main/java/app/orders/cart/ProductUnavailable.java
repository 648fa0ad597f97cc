package app.orders.cart;

import java.util.Collection;
import java.util.List;

import app.catalog.Sku;

/** Products a customer wants to buy are not on sale (any more). */
public class ProductUnavailable extends RuntimeException {

	private final List<Sku> skus;

	public ProductUnavailable(Collection<Sku> skus) {
		super((skus.size() == 1 ? "This product is" : "These products are") + " not on sale: "
				+ String.join(", ", skus.stream().map(Sku::value).sorted().toList()));
		this.skus = List.copyOf(skus);
	}

	public List<Sku> skus() {
		return skus;
	}

}
