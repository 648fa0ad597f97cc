package app.catalog;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.architecture.cqrs.Command;

/**
 * Gives an order's stock back: a reservation is released, and stock already committed to
 * the order is put back on hand. Releasing an order that holds nothing is recorded, so
 * that a late {@link ReserveStock} for it does nothing.
 */
@Command
public record ReleaseStock(UUID orderId) {

	public ReleaseStock {
		Objects.requireNonNull(orderId, "orderId must not be null");
	}
}
