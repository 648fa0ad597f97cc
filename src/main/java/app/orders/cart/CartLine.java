package app.orders.cart;

import app.catalog.ProductId;
import app.catalog.Sku;
import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** So many units of one product in a cart; priced only when shown and at checkout. */
@Table(schema = "orders", name = "cart_lines")
public record CartLine(Sku sku, ProductId productId, int quantity) implements ValueObject {

	public CartLine {
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
		}
	}

	CartLine withQuantity(int newQuantity) {
		return new CartLine(sku, productId, newQuantity);
	}

}
