package app.catalog.product;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.catalog.CategoryId;
import app.catalog.Sku;
import org.jspecify.annotations.Nullable;

/**
 * What a shopper asks the catalog for: words to search (optional), a category including
 * its sub-categories, and a price range in one currency. Only products on sale are found.
 */
record ProductQuery(@Nullable String text, @Nullable CategoryId category, @Nullable BigDecimal minPrice,
		@Nullable BigDecimal maxPrice, Currency currency) {

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

	boolean searchesText() {
		return !terms().isEmpty();
	}

	/**
	 * The words of the search text, lower-cased, with everything but letters and digits
	 * removed.
	 */
	List<String> terms() {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(term -> !term.isEmpty())
			.limit(MAX_TERMS)
			.toList();
	}

	/**
	 * A tsquery that requires every term, each also as a prefix ({@code runn} finds
	 * "running").
	 */
	String prefixQuery() {
		return String.join(" & ", terms().stream().map(term -> term + ":*").toList());
	}

	/**
	 * The text as a SKU would be written, so that searching for one finds it even with
	 * separators.
	 */
	Optional<Sku> skuCandidate() {
		try {
			return text == null ? Optional.empty() : Optional.of(new Sku(text));
		}
		catch (IllegalArgumentException notASku) {
			return Optional.empty();
		}
	}

	/**
	 * The terms joined by spaces: what trigram similarity compares with product names.
	 */
	String plainText() {
		return String.join(" ", terms());
	}
}
