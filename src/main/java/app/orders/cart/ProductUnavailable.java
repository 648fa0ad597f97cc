package app.orders.cart;

import java.util.Collection;
import java.util.List;

import app.catalog.Sku;
import app.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Products a customer wants to buy are not on sale (any more). */
@Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "product-unavailable")
public class ProductUnavailable extends RuntimeException implements Refusal.Details {

	private final List<Sku> skus;

	public ProductUnavailable(Collection<Sku> skus) {
		super((skus.size() == 1 ? "This product is" : "These products are") + " not on sale: "
				+ String.join(", ", skus.stream().map(Sku::value).sorted().toList()));
		this.skus = List.copyOf(skus);
	}

	public List<Sku> skus() {
		return skus;
	}

	/** Which SKUs, so that a client can take them out of the cart. */
	@Override
	public void describe(ProblemDetail problem) {
		problem.setProperty("skus", skus);
	}

}
