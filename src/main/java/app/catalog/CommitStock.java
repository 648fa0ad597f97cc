package app.catalog;

import java.util.Objects;
import java.util.UUID;

/**
 * Turns an order's reservation into a sale: the reserved units leave the stock on hand.
 */
public record CommitStock(UUID orderId) {

	public CommitStock {
		Objects.requireNonNull(orderId, "orderId must not be null");
	}
}
