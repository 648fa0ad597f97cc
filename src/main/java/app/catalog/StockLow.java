package app.catalog;

import org.jmolecules.event.types.DomainEvent;

/**
 * A SKU's available stock fell below the low-stock threshold. Published once per
 * crossing, not on every sale below it.
 *
 * @param available units that can still be reserved
 * @param threshold the configured threshold that was crossed
 */
public record StockLow(Sku sku, ProductId product, int available, int threshold) implements DomainEvent {
}
