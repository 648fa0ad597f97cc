package app.catalog.product;

import java.time.Instant;

import app.catalog.CategoryId;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;

/**
 * A product as a listing or search shows it: enough for a card. Its details and exact
 * stock are the product's own request ({@link ProductView}). A search's summaries come
 * from the search index, as of its last refresh (ADR 0043).
 *
 * @param inStock whether any of it can be ordered
 */
record ProductSummary(ProductId id, Sku sku, String name, Money price, CategoryId categoryId, boolean inStock,
		Instant createdAt) {
}
