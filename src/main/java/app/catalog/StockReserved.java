package app.catalog;

import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/** All lines of an order's {@link ReserveStock} are set aside for it. */
public record StockReserved(UUID orderId, List<StockLine> lines) implements DomainEvent {
}
