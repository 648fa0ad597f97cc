package app.catalog;

import org.jmolecules.event.types.DomainEvent;

/**
 * A product was taken off sale: it no longer shows in listings or search and cannot be
 * ordered.
 */
public record ProductDeactivated(ProductId product, Sku sku) implements DomainEvent {
}
