package app.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import app.catalog.Sku;
import org.junit.jupiter.api.Test;

class ProductQueryTests {

	static final Currency EUR = Currency.getInstance("EUR");

	@Test
	void splitsSearchTextIntoWordsAsTheIndexSplitsNames() {
		var query = new ProductQuery("  Runing   SHOE! Café ", null, null, null, EUR);

		assertThat(query.terms()).containsExactly("runing", "shoe", "cafe");
	}

	@Test
	void keepsOnlyWordsSoTextCannotBecomeQuerySyntax() {
		var query = new ProductQuery("a:* | !b & (c) <-> 'd' name:x~2", null, null, null, EUR);

		assertThat(query.terms()).containsExactly("a", "b", "c", "d", "name:x", "2");
	}

	@Test
	void keepsTheWholeTextAsASkuCandidate() {
		assertThat(new ProductQuery(" run-001 ", null, null, null, EUR).skuCandidate()).contains(new Sku("RUN-001"));
		assertThat(new ProductQuery("running shoes", null, null, null, EUR).skuCandidate()).isEmpty();
		assertThat(new ProductQuery("a\u0000b", null, null, null, EUR).skuCandidate()).isEmpty();
	}

	@Test
	void treatsPunctuationOnlyTextAsNoSearch() {
		assertThat(new ProductQuery(" -- ", null, null, null, EUR).searchesText()).isFalse();
		assertThat(new ProductQuery(null, null, null, null, EUR).searchesText()).isFalse();
	}

	@Test
	void refusesAnUpsideDownPriceRangeAndOverlongText() {
		assertThatThrownBy(() -> new ProductQuery(null, null, BigDecimal.TEN, BigDecimal.ONE, EUR))
			.isInstanceOf(InvalidProductQuery.class);
		assertThatThrownBy(() -> new ProductQuery("x".repeat(201), null, null, null, EUR))
			.isInstanceOf(InvalidProductQuery.class);
	}

}
