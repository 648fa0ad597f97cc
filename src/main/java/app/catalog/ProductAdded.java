package app.catalog;

import app.money.Money;
import org.jmolecules.event.types.DomainEvent;

/** A product was added to the catalog; it is active and can be found from now on. */
public record ProductAdded(ProductId product, Sku sku, String name, Money price,
		CategoryId category) implements DomainEvent {
}
