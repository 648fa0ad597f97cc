package app.catalog;

import app.money.Money;
import org.jmolecules.event.types.DomainEvent;

/**
 * A product's price changed. Orders already placed keep the price they were placed at.
 */
public record PriceChanged(ProductId product, Sku sku, Money previousPrice, Money price) implements DomainEvent {
}
