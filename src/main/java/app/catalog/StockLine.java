package app.catalog;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/** A quantity of one SKU, as reserved for an order. */
public record StockLine(Sku sku, int quantity) implements ValueObject {

	public StockLine {
		Objects.requireNonNull(sku, "sku must not be null");
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
		}
	}
}
