package app.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import app.catalog.Attributes;
import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.CategoryId;
import app.catalog.NewCategory;
import app.catalog.NewProduct;
import app.catalog.ProductId;
import app.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Finding products the way shoppers type: with typos, half words, within a department, in
 * a price range. Every query is limited to this class's own department, so products of
 * other tests sharing the database do not interfere.
 */
@ApplicationModuleTest
class ProductSearchTests {

	static final Currency EUR = Currency.getInstance("EUR");

	private final Catalog catalog;

	private final ProductSearch search;

	private final ProductManagement management;

	private CategoryId department;

	private CategoryId jackets;

	private ProductId dressShoes;

	private final JdbcClient jdbc;

	ProductSearchTests(Catalog catalog, ProductSearch search, ProductManagement management, JdbcClient jdbc) {
		this.catalog = catalog;
		this.search = search;
		this.management = management;
		this.jdbc = jdbc;
	}

	@BeforeAll
	void stockTheShelves() {
		department = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Outdoor"), null));
		var shoes = catalog.addCategory(new NewCategory("Shoes", department));
		jackets = catalog.addCategory(new NewCategory("Jackets", department));
		add("Running Shoes", "Light and cushioned for the road.", "89.90", shoes);
		add("Trail Running Shoes", "Grippy soles for muddy paths.", "119.00", shoes);
		add("Running Socks", "Seamless and breathable.", "12.50", shoes);
		dressShoes = add("Leather Dress Shoes", "Polished leather, waterproof finish.", "149.00", shoes);
		add("Waterproof Rain Jacket", "Taped seams keep the rain out.", "179.00", jackets);
	}

	@Test
	void findsRunningShoesDespiteATypo() {
		assertThat(names("runing shoe", department)).startsWith("Running Shoes", "Trail Running Shoes")
			.doesNotContain("Waterproof Rain Jacket");
	}

	@Test
	void matchesTheBeginningsOfWords() {
		assertThat(names("runn", department)).containsExactlyInAnyOrder("Running Shoes", "Trail Running Shoes",
				"Running Socks");
	}

	@Test
	void ranksAMatchInTheNameAboveOneInTheDescription() {
		assertThat(names("waterproof", department)).containsExactly("Waterproof Rain Jacket", "Leather Dress Shoes");
	}

	@Test
	void findsAProductByItsSku() {
		var sku = management.add(product("Hiking Poles", "", "59.00", jackets)).getSku();

		assertThat(names(sku.value().toLowerCase(), department)).containsExactly("Hiking Poles");
		assertThat(search.search(new ProductQuery(sku.value(), null, null, null, EUR), Pageable.ofSize(1), false)
			.content()).extracting(ProductSummary::name).containsExactly("Hiking Poles");
	}

	@Test
	void includesSubcategoriesWhenFilteringByCategory() {
		assertThat(search.search(query(null, department), Pageable.ofSize(100), false).page().totalElements())
			.isGreaterThanOrEqualTo(5);
		assertThat(names(null, jackets)).contains("Waterproof Rain Jacket").doesNotContain("Running Shoes");
	}

	@Test
	void filtersByPriceRange() {
		var query = new ProductQuery(null, department, new BigDecimal("80"), new BigDecimal("120"), EUR);

		assertThat(search.search(query, Pageable.ofSize(100), false).content()).extracting(ProductSummary::name)
			.containsExactlyInAnyOrder("Running Shoes", "Trail Running Shoes");
	}

	@Test
	void pagesAndSortsWithTheTotalCount() {
		var page = search.search(query(null, department), PageRequest.of(1, 2, Sort.by(Sort.Direction.DESC, "price")),
				false);

		assertThat(page.page().totalElements()).isGreaterThanOrEqualTo(5);
		assertThat(page.page().number()).isEqualTo(1);
		assertThat(page.content()).hasSize(2);
		assertThat(page.content().get(0).price().compareTo(page.content().get(1).price())).isPositive();
	}

	@Test
	void theTotalOfEverythingOnSaleFollowsAdditionsAndChanges() {
		long before = totalOnSale();
		assertThat(before).isEqualTo(countedOnSale());

		var boots = management.add(product("Winter Boots", "", "299.00", jackets));
		assertThat(totalOnSale()).isEqualTo(before + 1).isEqualTo(countedOnSale());

		management.deactivate(boots.getId());
		assertThat(totalOnSale()).isEqualTo(before).isEqualTo(countedOnSale());

		management.changePrice(boots.getId(), Money.of("249.00", "EUR"));
		assertThat(totalOnSale()).isEqualTo(before);

		management.activate(boots.getId());
		assertThat(totalOnSale()).isEqualTo(before + 1).isEqualTo(countedOnSale());
	}

	@Test
	void findsWhatWasAddedOrRenamedSinceTheSameSearchWasLastMade() {
		assertThat(names("kayak", department)).isEmpty();

		var kayak = management.add(product("Touring Kayak", "", "899.00", jackets));
		assertThat(names("kayak", department)).containsExactly("Touring Kayak");

		management.describe(kayak.getId(), new ProductChanges("Touring Canoe", "", jackets, null));
		assertThat(names("kayak", department)).isEmpty();
		assertThat(names("canoe", department)).containsExactly("Touring Canoe");
	}

	@Test
	void aSearchSortedByPriceFollowsAPriceChange() {
		var query = query("running", department);
		var byPrice = PageRequest.of(0, 100, Sort.by("price"));
		var cheapest = search.search(query, byPrice, false).content().get(0);

		management.changePrice(cheapest.id(), Money.of("999.00", "EUR"));
		try {
			assertThat(search.search(query, byPrice, false).content()).last()
				.satisfies(it -> assertThat(it.id()).isEqualTo(cheapest.id()));
		}
		finally {
			management.changePrice(cheapest.id(), cheapest.price());
		}
	}

	@Test
	void pagesOfASearchAreSlicesOfOneOrder() {
		var query = query("running", department);
		var all = names("running", department);

		var paged = new ArrayList<String>();
		for (int page = 0; page < all.size(); page++) {
			var one = search.search(query, PageRequest.of(page, 1), false);
			assertThat(one.page().totalElements()).as("total on page %d", page).isEqualTo(all.size());
			paged.addAll(one.content().stream().map(ProductSummary::name).toList());
		}

		assertThat(all).hasSizeGreaterThan(2);
		assertThat(paged).isEqualTo(all);
	}

	@Test
	void leavesOutProductsOffSaleButStillShowsThemById() {
		var sandals = management.add(product("Beach Sandals", "", "25.00", jackets));
		management.deactivate(sandals.getId());

		assertThat(names("sandals", department)).isEmpty();
		assertThat(search.find(sandals.getId())).hasValueSatisfying(it -> assertThat(it.active()).isFalse());
		assertThat(search.find(dressShoes)).isPresent();
	}

	private long totalOnSale() {
		return search.search(query(null, null), PageRequest.of(0, 1), false).page().totalElements();
	}

	private long countedOnSale() {
		return jdbc.sql("SELECT count(*) FROM catalog.products WHERE active").query(Long.class).single();
	}

	private List<String> names(String text, CategoryId category) {
		return search.search(query(text, category), Pageable.ofSize(100), false)
			.content()
			.stream()
			.map(ProductSummary::name)
			.toList();
	}

	private static ProductQuery query(String text, CategoryId category) {
		return new ProductQuery(text, category, null, null, EUR);
	}

	private ProductId add(String name, String description, String price, CategoryId category) {
		return catalog.addProduct(product(name, description, price, category));
	}

	private static NewProduct product(String name, String description, String price, CategoryId category) {
		return new NewProduct(CatalogFixtures.uniqueSku(), name, description, Money.of(price, "EUR"), category,
				new Attributes(Map.of("brand", "Agora")));
	}

}
