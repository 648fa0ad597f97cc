package app.catalog;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.architecture.cqrs.Command;

/**
 * Asks the catalog to set stock aside for an order: every line or none. Answered with
 * {@link StockReserved} or {@link StockReservationRejected}; handling the same command
 * again has no further effect.
 *
 * @param orderId the order the stock is for, as the ordering module identifies it; one
 * reservation per order
 */
@Command
public record ReserveStock(UUID orderId, List<StockLine> lines) {

	public ReserveStock {
		Objects.requireNonNull(orderId, "orderId must not be null");
		lines = List.copyOf(lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("a reservation needs at least one line");
		}
	}
}
