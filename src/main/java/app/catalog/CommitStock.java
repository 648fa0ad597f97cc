package app.catalog;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.architecture.cqrs.Command;

/**
 * Turns an order's reservation into a sale: the reserved units leave the stock on hand.
 */
@Command
public record CommitStock(UUID orderId) {

	public CommitStock {
		Objects.requireNonNull(orderId, "orderId must not be null");
	}
}
