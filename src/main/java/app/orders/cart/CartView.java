package app.orders.cart;

import java.util.List;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A cart as the customer sees it, priced from the catalog now: prices may still change
 * before checkout.
 *
 * @param total what the products on sale cost together; none for an empty cart
 */
record CartView(List<Line> lines, int items, @Nullable Money total) {

	/**
	 * @param onSale false when the product was taken off sale: checkout refuses the cart
	 * until the line is removed
	 */
	@Schema(name = "CartLineView")
	public record Line(Sku sku, ProductId productId, String name, Money unitPrice, int quantity, Money lineTotal,
			boolean onSale) {
	}

}
