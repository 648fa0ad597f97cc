package app.catalog.product;

import java.time.Instant;

import app.catalog.Attributes;
import app.catalog.CategoryId;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;

/**
 * A product as shoppers and administrators see it over HTTP.
 *
 * @param available units that can be ordered right now (on hand minus reserved)
 */
record ProductView(ProductId id, Sku sku, String name, String description, Money price, CategoryId categoryId,
		Attributes attributes, boolean active, int available, Instant createdAt) {
}
