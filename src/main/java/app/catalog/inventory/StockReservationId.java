package app.catalog.inventory;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies the stock reservation of one order: it is the order's own id, so an order
 * has at most one.
 */
record StockReservationId(UUID id) implements Identifier {

	public StockReservationId {
		Objects.requireNonNull(id, "id must not be null");
	}
}
