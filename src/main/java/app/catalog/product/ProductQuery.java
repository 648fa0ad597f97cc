package app.catalog.product;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import app.catalog.CategoryId;
import app.catalog.Sku;
import org.jspecify.annotations.Nullable;

/**
 * What a shopper asks the catalog for: words to search (optional), a category including
 * its sub-categories, a price range in one currency, and whether only what is in stock.
 * Only products on sale are found.
 */
record ProductQuery(@Nullable String text, @Nullable CategoryId category, @Nullable BigDecimal minPrice,
		@Nullable BigDecimal maxPrice, Currency currency, boolean inStockOnly) {

	static final int MAX_TEXT_LENGTH = 200;

	private static final int MAX_TERMS = 10;

	ProductQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidProductQuery("search text has at most %d characters".formatted(MAX_TEXT_LENGTH));
		}
		if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
			throw new InvalidProductQuery("minPrice must not be above maxPrice");
		}
	}

	ProductQuery(@Nullable String text, @Nullable CategoryId category, @Nullable BigDecimal minPrice,
			@Nullable BigDecimal maxPrice, Currency currency) {
		this(text, category, minPrice, maxPrice, currency, false);
	}

	boolean searchesText() {
		return !terms().isEmpty();
	}

	/**
	 * The words of the search text as the index splits names (lower case, accents folded,
	 * punctuation dropped), the first ten.
	 */
	List<String> terms() {
		if (text == null) {
			return List.of();
		}
		var words = SearchAnalysis.words(SearchAnalysis.WORDS, text);
		return words.size() > MAX_TERMS ? words.subList(0, MAX_TERMS) : words;
	}

	/**
	 * The text as a SKU would be written, so that searching for one finds it even with
	 * separators.
	 */
	Optional<Sku> skuCandidate() {
		// Asked of every search: words that are no SKU are told apart without an
		// exception.
		return text != null && Sku.isWellFormed(text) ? Optional.of(new Sku(text)) : Optional.empty();
	}

	/** The same query for other words: a corrected search. */
	ProductQuery withText(String corrected) {
		return new ProductQuery(corrected, category, minPrice, maxPrice, currency, inStockOnly);
	}

}
