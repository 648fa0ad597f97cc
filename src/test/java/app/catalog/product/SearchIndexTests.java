package app.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.CategoryId;
import app.catalog.NewCategory;
import app.catalog.NewProduct;
import app.catalog.ProductId;
import app.money.Money;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * What the search index adds to finding products: facets, corrected words, suggestions,
 * stock, and an index that holds every product on sale, no more and no fewer.
 */
@ApplicationModuleTest
class SearchIndexTests {

	static final Currency EUR = Currency.getInstance("EUR");

	private final Catalog catalog;

	private final ProductSearch search;

	private final IndexSearch index;

	private final SearchIndexFeed feed;

	private final JdbcClient jdbc;

	private final SearchIndex searchIndex;

	private final ProductManagement management;

	private CategoryId garden;

	private CategoryId hammocks;

	private CategoryId chairs;

	private NewProduct hammock;

	SearchIndexTests(Catalog catalog, ProductSearch search, IndexSearch index, SearchIndexFeed feed, JdbcClient jdbc,
			SearchIndex searchIndex, ProductManagement management) {
		this.searchIndex = searchIndex;
		this.management = management;
		this.catalog = catalog;
		this.search = search;
		this.index = index;
		this.feed = feed;
		this.jdbc = jdbc;
	}

	@BeforeAll
	void plantTheGarden() {
		garden = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Garden"), null));
		hammocks = catalog.addCategory(new NewCategory("Hammocks", garden));
		chairs = catalog.addCategory(new NewCategory("Deck Chairs", garden));
		hammock = CatalogFixtures.product("Mango Hammock", "39.00", hammocks);
		catalog.addProduct(hammock);
		catalog.countStock(hammock.sku(), 4);
		catalog.addProduct(CatalogFixtures.product("Hammock Stand", "120.00", hammocks));
		catalog.addProduct(CatalogFixtures.product("Folding Deck Chair", "45.00", chairs));
	}

	@Test
	void countsWhatWasFoundByCategoryWithItsParentsPriceRangeAndStock() {
		var found = search.search(new ProductQuery("hammock", garden, null, null, EUR), PageRequest.of(0, 20), true);

		assertThat(found.content()).extracting(ProductSummary::name)
			.containsExactlyInAnyOrder("Mango Hammock", "Hammock Stand");
		var facets = found.facets();
		assertThat(facets.categories()).extracting(count -> count.id(), count -> count.products())
			.containsExactly(tuple(garden, 2L), tuple(hammocks, 2L));
		assertThat(facets.prices()).extracting(range -> range.min(), range -> range.max(), range -> range.products())
			.containsExactly(tuple(new BigDecimal(25), new BigDecimal(50), 1L),
					tuple(new BigDecimal(100), new BigDecimal(250), 1L));
		assertThat(facets.inStock()).isEqualTo(1);
	}

	@Test
	void countsAListingWithoutWordsToo() {
		var found = search.search(new ProductQuery(null, garden, null, new BigDecimal("50"), EUR),
				PageRequest.of(0, 20), true);

		assertThat(found.content()).extracting(ProductSummary::name)
			.containsExactly("Folding Deck Chair", "Mango Hammock");
		assertThat(found.facets().categories()).extracting(count -> count.name(), count -> count.products())
			.contains(tuple("Hammocks", 1L), tuple("Deck Chairs", 1L));
	}

	@Test
	void correctsWordsThatFindNothingAndSaysSo() {
		var found = search.search(new ProductQuery("mamgp hammock qzxvj", garden, null, null, EUR),
				PageRequest.of(0, 20), false);

		assertThat(found.didYouMean()).isEqualTo(new DidYouMean("mango hammock", true));
		assertThat(found.content()).extracting(ProductSummary::name).containsExactly("Mango Hammock");
	}

	@Test
	void saysNothingOfWordsThatFoundSomething() {
		var found = search.search(new ProductQuery("hamock", garden, null, null, EUR), PageRequest.of(0, 20), false);

		assertThat(found.didYouMean()).isNull();
		assertThat(found.content()).isNotEmpty();
	}

	@Test
	void suggestsProductsAndCategoriesWhileTyping() {
		var suggested = index.suggest("hamm", 8);

		assertThat(suggested.products()).extracting(Suggestions.ProductSuggestion::name)
			.contains("Mango Hammock", "Hammock Stand");
		assertThat(suggested.categories()).extracting(Suggestions.CategorySuggestion::id).contains(hammocks);
		assertThat(index.suggest("mango ham", 8).products()).extracting(Suggestions.ProductSuggestion::sku)
			.containsExactly(hammock.sku());
		assertThat(index.suggest(" ", 8)).isEqualTo(Suggestions.NONE);
	}

	@Test
	void findsOnlyWhatIsInStockWhenAskedAndFollowsStockRunningOutAndBack() {
		var sku = CatalogFixtures.uniqueSku();
		catalog.addProduct(new NewProduct(sku, "Rope Hammock", "", Money.of("59.00", "EUR"), hammocks, null));
		var inStock = new ProductQuery("hammock", garden, null, null, EUR, true);
		assertThat(names(inStock)).containsExactly("Mango Hammock");

		catalog.countStock(sku, 2);
		feed.catchUp();
		assertThat(names(inStock)).containsExactlyInAnyOrder("Mango Hammock", "Rope Hammock");
		assertThat(search.search(new ProductQuery(null, hammocks, null, null, EUR, true), PageRequest.of(0, 20), false)
			.content()).extracting(ProductSummary::name).containsExactlyInAnyOrder("Mango Hammock", "Rope Hammock");

		catalog.countStock(sku, 0);
		feed.catchUp();
		assertThat(names(inStock)).containsExactly("Mango Hammock");
	}

	@Test
	void showsAFoundProductAsAListingDoesAndFollowsItsChanges() {
		var sku = CatalogFixtures.uniqueSku();
		var id = catalog
			.addProduct(new NewProduct(sku, "Canvas Lounger", "", Money.of("1234.50", "EUR"), chairs, null));
		catalog.countStock(sku, 1);
		feed.catchUp();
		// Every field as the table has it: the price's scale, the creation time to the
		// microsecond.
		assertThat(found("canvas lounger")).isEqualTo(listed(id)).satisfies(product -> {
			assertThat(product.price()).isEqualTo(Money.of("1234.50", "EUR"));
			assertThat(product.inStock()).isTrue();
		});

		management.changePrice(id, Money.of("99.99", "EUR"));
		catalog.countStock(sku, 0);
		feed.catchUp();
		assertThat(found("canvas lounger")).isEqualTo(listed(id)).satisfies(product -> {
			assertThat(product.price()).isEqualTo(Money.of("99.99", "EUR"));
			assertThat(product.inStock()).isFalse();
		});
	}

	@Test
	void holdsEveryProductOnSaleAndNothingElseAlsoAfterARebuild() throws Exception {
		var offSale = catalog.addProduct(CatalogFixtures.product("Retired Hammock", "10.00", hammocks));
		jdbc.sql("UPDATE catalog.products SET active = false WHERE id = :id").param("id", offSale.id()).update();
		feed.catchUp();
		assertThat(indexed()).isEqualTo(onSale());

		feed.rebuild();
		Awaitility.await().until(() -> !feed.status().rebuilding());
		assertThat(indexed()).isEqualTo(onSale());
		assertThat(feed.status().indexed()).isEqualTo(onSale().size());
	}

	@Test
	void anIndexKeptOnDiskRemembersWhereItStood() throws Exception {
		var directory = Files.createTempDirectory("search-index-test");
		var settings = new SearchSettings(EUR, Duration.ofMinutes(1), Duration.ofMillis(250), true, directory, 1,
				Duration.ofSeconds(2));
		var catalogId = UUID.randomUUID();
		var kept = new SearchIndex(settings, new MockEnvironment());
		kept.put(new IndexedProduct(UUID.randomUUID(), "KEPT-1", "Kept Hammock", "", BigDecimal.TEN, "EUR",
				UUID.randomUUID(), true, true, Instant.now(), 42));
		kept.commit(new SearchIndex.Position(catalogId, 42));
		kept.destroy();

		var reopened = new SearchIndex(settings, new MockEnvironment());
		try {
			assertThat(reopened.committed()).contains(new SearchIndex.Position(catalogId, 42));
			reopened.refresh(SearchCategories.NONE);
			int documents = reopened.read(snapshot -> snapshot.getIndexReader().numDocs());
			assertThat(documents).isEqualTo(1);
		}
		finally {
			reopened.destroy();
		}
	}

	@Test
	void keepsTheSegmentsASearchLooksInFewWhileChangesTrickleIn() throws Exception {
		var settings = new SearchSettings(EUR, Duration.ofMinutes(1), Duration.ofMillis(250), true, null, 1,
				Duration.ofSeconds(2));
		var trickled = new SearchIndex(settings, new MockEnvironment());
		try {
			var products = new ArrayList<IndexedProduct>();
			for (int i = 0; i < 500; i++) {
				products.add(indexed("Trickle Hammock " + i));
				trickled.put(products.get(i));
			}
			trickled.refresh(SearchCategories.NONE);
			for (int i = 0; i < 30; i++) {
				var renamed = products.get(i);
				trickled.put(new IndexedProduct(renamed.id(), renamed.sku(), "Renamed Hammock " + i, "", BigDecimal.TEN,
						"EUR", renamed.categoryId(), true, true, renamed.createdAt(), renamed.revision() + 1));
				trickled.put(indexed("Added Hammock " + i));
				trickled.refresh(SearchCategories.NONE);

				int segments = trickled.read(snapshot -> snapshot.getIndexReader().leaves().size());
				assertThat(segments).isLessThanOrEqualTo(3);
			}
			int documents = trickled.read(snapshot -> snapshot.getIndexReader().numDocs());
			assertThat(documents).isEqualTo(530);
		}
		finally {
			trickled.destroy();
		}
	}

	private static IndexedProduct indexed(String name) {
		return new IndexedProduct(UUID.randomUUID(), CatalogFixtures.uniqueSku().value(), name, "", BigDecimal.TEN,
				"EUR", UUID.randomUUID(), true, true, Instant.now(), 1);
	}

	/** The first product a search for these words finds. */
	private ProductSummary found(String words) {
		return search.search(new ProductQuery(words, garden, null, null, EUR), PageRequest.of(0, 1), false)
			.content()
			.get(0);
	}

	/** The product as the listing of its category, read from the tables, shows it. */
	private ProductSummary listed(ProductId id) {
		return search.search(new ProductQuery(null, chairs, null, null, EUR), PageRequest.of(0, 100), false)
			.content()
			.stream()
			.filter(product -> product.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private List<String> names(ProductQuery query) {
		return search.search(query, PageRequest.of(0, 20), false).content().stream().map(ProductSummary::name).toList();
	}

	private Set<UUID> onSale() {
		return new HashSet<>(jdbc.sql("SELECT id FROM catalog.products WHERE active")
			.query((row, n) -> row.getObject(1, UUID.class))
			.list());
	}

	/** Every id in the index as searches see it. */
	private Set<UUID> indexed() {
		return searchIndex.read(snapshot -> {
			var ids = new HashSet<UUID>();
			for (var leaf : snapshot.getIndexReader().leaves()) {
				var values = DocValues.getSorted(leaf.reader(), SearchFields.ID_SORT);
				var live = leaf.reader().getLiveDocs();
				for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
					if (live == null || live.get(doc)) {
						ids.add(UUID.fromString(values.lookupOrd(values.ordValue()).utf8ToString()));
					}
				}
			}
			return ids;
		});
	}

}
