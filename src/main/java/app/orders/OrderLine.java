package app.orders;

import java.util.Objects;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;
import org.jmolecules.ddd.types.ValueObject;

/**
 * One line of an order as it was placed: what was bought, how many, at which price.
 *
 * @param name the product's name when the order was placed
 * @param unitPrice the price of one unit when the order was placed
 */
public record OrderLine(ProductId productId, Sku sku, String name, Money unitPrice,
		int quantity) implements ValueObject {

	public OrderLine {
		Objects.requireNonNull(productId, "productId must not be null");
		Objects.requireNonNull(sku, "sku must not be null");
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(unitPrice, "unitPrice must not be null");
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
		}
	}

	public Money total() {
		return unitPrice.times(quantity);
	}

}
