package app.catalog.product;

import java.util.List;

import app.catalog.CategoryId;
import app.catalog.ProductId;
import app.catalog.Sku;

/**
 * What a search box offers while a shopper types: products and categories whose names
 * have words beginning with every word typed.
 */
record Suggestions(List<ProductSuggestion> products, List<CategorySuggestion> categories) {

	static final Suggestions NONE = new Suggestions(List.of(), List.of());

	record ProductSuggestion(ProductId id, Sku sku, String name) {
	}

	record CategorySuggestion(CategoryId id, String name) {
	}

}
