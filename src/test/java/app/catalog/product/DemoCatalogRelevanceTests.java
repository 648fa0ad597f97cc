package app.catalog.product;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Searches over the demo catalog find what shoppers mean, misspelt, in the plural, half
 * typed, by SKU or by a word of the description (issue 19). With typo tolerance off
 * ({@code agora.catalog.search.typo-tolerance=false}) the misspelt ones fail.
 */
@ApplicationModuleTest(extraIncludes = "demo")
@TestPropertySource(properties = "agora.demo.enabled=true")
class DemoCatalogRelevanceTests {

	private final ProductSearch search;

	DemoCatalogRelevanceTests(ProductSearch search) {
		this.search = search;
	}

	@Test
	void findsWhatShoppersMean() {
		Relevance.assertAllFound(search, "search/relevance.tsv");
	}

}
