package app.catalog.product;

import java.math.BigDecimal;
import java.util.List;

import app.catalog.CategoryId;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * How the products a search or listing finds spread over categories, prices and stock,
 * with every filter of the request applied: what a shop shows beside the results to
 * narrow them.
 *
 * @param categories every category with products found in it or below it, most first
 * @param prices price ranges with products found in them, cheapest first, in the
 * request's currency
 * @param inStock how many of the products found can be ordered right now
 */
record SearchFacets(List<CategoryCount> categories, List<PriceRangeCount> prices, long inStock) {

	/**
	 * @param products products found in the category or in a category below it
	 */
	record CategoryCount(CategoryId id, String name, @Nullable CategoryId parentId, long products) {
	}

	/**
	 * @param min the lowest price in the range
	 * @param max the price the range ends below; none for the last
	 */
	record PriceRangeCount(BigDecimal min, @Schema(nullable = true) @Nullable BigDecimal max, String currency,
			long products) {
	}

}
