package app.catalog;

import org.jmolecules.event.types.DomainEvent;

/** A product that had been taken off sale is on sale again. */
public record ProductActivated(ProductId product, Sku sku) implements DomainEvent {
}
