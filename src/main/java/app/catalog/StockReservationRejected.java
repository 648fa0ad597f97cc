package app.catalog;

import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * An order's {@link ReserveStock} could not be met in full, so nothing was reserved.
 *
 * @param shortages the lines that could not be met
 */
public record StockReservationRejected(UUID orderId, List<Shortage> shortages) implements DomainEvent {

	/**
	 * @param available what could have been reserved; 0 for a SKU the catalog does not
	 * stock
	 */
	public record Shortage(Sku sku, int requested, int available) {
	}
}
