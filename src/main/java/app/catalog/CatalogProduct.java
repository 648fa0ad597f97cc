package app.catalog;

import app.money.Money;

/**
 * What another module may know of a product: enough to show it in a cart and to price an
 * order line.
 */
public record CatalogProduct(ProductId id, Sku sku, String name, Money price, boolean active) {
}
