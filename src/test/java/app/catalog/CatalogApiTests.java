package app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import app.catalog.inventory.Inventory;
import app.gateway.AccessTokens;
import app.money.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The catalog's HTTP contract: who may do what, and how every refusal reads. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class CatalogApiTests {

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	private final MockMvcTester mvc;

	private final Catalog catalog;

	private final Inventory inventory;

	private final String adminToken;

	private final String customerToken;

	CatalogApiTests(MockMvcTester mvc, Catalog catalog, Inventory inventory, AccessTokens tokens) {
		this.mvc = mvc;
		this.catalog = catalog;
		this.inventory = inventory;
		this.adminToken = tokens.issue(UUID.randomUUID(), List.of("ADMIN")).value();
		this.customerToken = tokens.issue(UUID.randomUUID(), List.of("CUSTOMER")).value();
	}

	@Test
	void anyoneMayBrowseButOnlyAnAdministratorMayChange() {
		var category = category();

		assertThat(mvc.get().uri("/api/catalog/products")).hasStatusOk();
		assertThat(mvc.get().uri("/api/catalog/categories")).hasStatusOk();
		assertThat(postProduct(category, CatalogFixtures.uniqueSku().value(), null)).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(PROBLEM);
		assertThat(postProduct(category, CatalogFixtures.uniqueSku().value(), "not-a-token"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(postProduct(category, CatalogFixtures.uniqueSku().value(), customerToken))
			.hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(PROBLEM);
		assertThat(mvc.get().uri("/api/catalog/inventory/RUN-1")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/catalog/inventory/RUN-1").header("Authorization", "Bearer " + customerToken))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void guardsInventoryHoweverItsPathIsSpelled() {
		assertThat(mvc.get().uri(URI.create("/api/catalog/%69nventory/RUN-1"))).hasStatus(HttpStatus.UNAUTHORIZED);
		// Path parameters could make a rule and a route see different paths: the firewall
		// refuses them outright.
		for (var path : new String[] { "/api/catalog;x=1/inventory/RUN-1", "/api/catalog/inventory;x=1/RUN-1" }) {
			assertThat(mvc.get().uri(URI.create(path))).as(path)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(PROBLEM);
		}
	}

	@Test
	void addsAProductAndSaysWhereItIs() {
		var sku = CatalogFixtures.uniqueSku().value();

		var result = postProduct(category(), sku, adminToken);

		assertThat(result).hasStatus(HttpStatus.CREATED).containsHeader("Location");
		assertThat(result).bodyJson().extractingPath("$.sku").isEqualTo(sku);
		assertThat(result).bodyJson().extractingPath("$.price.amount").isEqualTo(89.9);
		assertThat(result).bodyJson().extractingPath("$.attributes.color").isEqualTo("red");
		assertThat(result.getResponse().getHeader("Location"))
			.endsWith(catalog.findProduct(new Sku(sku)).orElseThrow().id().toString());
	}

	@Test
	void refusesAnInvalidProductWithAnErrorPerField() {
		var result = admin(mvc.post()
			.uri("/api/catalog/products")
			.content("{\"sku\":\"RUN-1\",\"name\":\" \",\"price\":{\"amount\":-5,\"currency\":\"EUR\"}}"));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(PROBLEM);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("categoryId", "name", "price");
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:agora:problem:invalid-request");
	}

	@Test
	void explainsMalformedJsonAndValuesThatAreNotAllowed() {
		assertThat(admin(mvc.post().uri("/api/catalog/products").content("{\"sku\": ")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The request body is not valid JSON");
		assertThat(admin(mvc.post()
			.uri("/api/catalog/products")
			.content("{\"sku\":\"RUN-1\",\"name\":\"x\",\"price\":{\"amount\":1.999,\"currency\":\"EUR\"}}")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("more decimal places than EUR allows");
	}

	@Test
	void answersWrongParameterTypesAndUnknownSortsWithBadRequest() {
		assertThat(mvc.get().uri("/api/catalog/products?minPrice=cheap")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(PROBLEM);
		assertThat(mvc.get().uri("/api/catalog/products/not-a-uuid")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/catalog/products?sort=colour")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Cannot sort by 'colour'");
		assertThat(mvc.get().uri("/api/catalog/products?minPrice=-1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("minPrice");
	}

	@Test
	void sortsByTheOrdersGivenAndRefusesPagesOutOfRange() {
		var category = category();
		for (var price : List.of("20", "10", "30")) {
			catalog.addProduct(new NewProduct(CatalogFixtures.uniqueSku(), "Tent Peg", "", Money.of(price, "EUR"),
					category, null));
		}
		var list = "/api/catalog/products?category=" + category;

		assertThat(mvc.get().uri(list + "&sort=price,desc")).bodyJson()
			.extractingPath("$.content[*].price.amount")
			.isEqualTo(List.of(30.0, 20.0, 10.0));
		assertThat(mvc.get().uri(list + "&sort=name&sort=price,desc&size=2&page=1")).bodyJson()
			.extractingPath("$.content[*].price.amount")
			.isEqualTo(List.of(10.0));
		assertThat(mvc.get().uri(list + "&size=101")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(PROBLEM);
		assertThat(mvc.get().uri(list + "&page=-1")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void answersAnUnknownProductWithNotFound() {
		assertThat(mvc.get().uri("/api/catalog/products/" + UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(PROBLEM);
		assertThat(mvc.get().uri("/api/catalog/products/by-sku/" + CatalogFixtures.uniqueSku()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesASkuThatIsAlreadyUsed() {
		var category = category();
		var sku = CatalogFixtures.uniqueSku().value();
		postProduct(category, sku, adminToken);

		assertThat(postProduct(category, sku.toLowerCase(), adminToken)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:sku-already-used");
	}

	@Test
	void publishesAPriceChange(PublishedEvents events) {
		var id = catalog.addProduct(CatalogFixtures.product("Tempo Running Shoes", "89.90", category()));

		assertThat(admin(mvc.put()
			.uri("/api/catalog/products/{id}/price", id)
			.content("{\"amount\":79.90,\"currency\":\"EUR\"}"))).hasStatusOk();
		assertThat(events.ofType(PriceChanged.class).matching(it -> it.product().equals(id))).singleElement()
			.satisfies(it -> assertThat(it.price().amount()).isEqualByComparingTo("79.90"));
	}

	@Test
	void refusesAStockCountBelowWhatOrdersHaveReserved() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		inventory.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, 6))));

		assertThat(admin(mvc.put().uri("/api/catalog/inventory/{sku}", sku.value()).content("{\"onHand\":5}")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:stock-below-reserved");
		assertThat(admin(mvc.put().uri("/api/catalog/inventory/{sku}", sku.value()).content("{\"onHand\":25}")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.available")
			.isEqualTo(19);
	}

	@Test
	void refusesToMoveACategoryBelowItself() {
		var top = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Top"), null));
		var below = catalog.addCategory(new NewCategory("Below", top));

		assertThat(admin(mvc.put()
			.uri("/api/catalog/categories/{id}", top)
			.content("{\"name\":\"Top\",\"parentId\":\"" + below + "\"}"))).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:category-cycle");
	}

	@Test
	void aSearchWithinACategoryFollowsTheCategoryWhenItMoves() {
		var department = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Winter"), null));
		var name = CatalogFixtures.uniqueName("Snowshoes");
		var snowshoes = catalog.addCategory(new NewCategory(name, department));
		catalog.addProduct(new NewProduct(CatalogFixtures.uniqueSku(), "Aluminium Snowshoes", "", Money.of("99", "EUR"),
				snowshoes, null));
		var search = "/api/catalog/products?q=snowshoes&category=" + department;
		assertThat(mvc.get().uri(search)).bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);

		assertThat(admin(mvc.put()
			.uri("/api/catalog/categories/{id}", snowshoes)
			.content("{\"name\":\"" + name + "\",\"parentId\":null}"))).hasStatusOk();

		assertThat(mvc.get().uri(search)).bodyJson().extractingPath("$.page.totalElements").isEqualTo(0);
	}

	@Test
	void refusesTwoSiblingCategoriesWithTheSameName() {
		var top = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Top"), null));
		catalog.addCategory(new NewCategory("Shoes", top));

		assertThat(admin(
				mvc.post().uri("/api/catalog/categories").content("{\"name\":\"shoes\",\"parentId\":\"" + top + "\"}")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:category-name-taken");
	}

	@Test
	void documentsIdentifiersAndCurrenciesAsTheStringsTheyAreInJson() {
		var api = mvc.get().uri("/v3/api-docs").exchange();

		assertThat(api).hasStatusOk();
		assertThat(api).bodyJson()
			.extractingPath("$.components.schemas.ProductView.properties.id.format")
			.isEqualTo("uuid");
		assertThat(api).bodyJson()
			.extractingPath("$.components.schemas.Money.properties.currency.$ref")
			.isEqualTo("#/components/schemas/CurrencyCode");
		assertThat(api).bodyJson().extractingPath("$.components.schemas.CurrencyCode.type").isEqualTo("string");
		assertThat(api).bodyJson()
			.extractingPath("$.components.schemas.CurrencyCode.enum")
			.asArray()
			.contains("EUR", "JPY");
		assertThat(api).bodyJson()
			.extractingPath("$.paths['/api/catalog/products'].post.responses")
			.asMap()
			.containsKey("201");
	}

	private MvcTestResult postProduct(CategoryId category, String sku, @Nullable String token) {
		var request = mvc.post()
			.uri("/api/catalog/products")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku": "%s", "name": "Tempo Running Shoes", "categoryId": "%s",
					 "price": {"amount": 89.90, "currency": "EUR"}, "attributes": {"Color": "red"}}""".formatted(sku,
					category));
		return token == null ? request.exchange() : request.header("Authorization", "Bearer " + token).exchange();
	}

	private MvcTestResult admin(MockMvcRequestBuilder request) {
		return request.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + adminToken)
			.exchange();
	}

	private CategoryId category() {
		return catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Shoes"), null));
	}

}
