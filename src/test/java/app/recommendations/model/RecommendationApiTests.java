package app.recommendations.model;

import static app.orders.Shop.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.Sku;
import app.orders.Shop;
import app.users.Customers.SignedIn;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Recommendations over HTTP in the whole shop: customers check out, and a few moments
 * later what they bought together shows up, best first, with nothing off sale.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecommendationApiTests {

	private final MockMvcTester mvc;

	private final Shop shop;

	private final Catalog catalog;

	RecommendationApiTests(MockMvcTester mvc, Catalog catalog) {
		this.mvc = mvc;
		this.shop = new Shop(mvc);
		this.catalog = catalog;
	}

	@Test
	void showsWhatWasBoughtTogetherOnceTheOrderIsConfirmed() {
		var shoes = stocked();
		var socks = stocked();
		var customer = shop.newCustomer();

		buy(customer, shoes, socks);

		awaitSkus("/api/recommendations/products/" + id(shoes), List.of(socks.value()));
		var answer = mvc.get().uri("/api/recommendations/products/" + id(shoes)).exchange();
		assertThat(answer).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"recommendations": [{"productId": "%s", "sku": "%s", "name": "Stocked product",
				                      "reason": "BOUGHT_TOGETHER", "score": 1}]}""".formatted(id(socks), socks));
		awaitSkus("/api/recommendations/products/" + id(socks), List.of(shoes.value()));
	}

	@Test
	void ranksByHowOftenProductsWereBoughtTogetherThenByPopularity() {
		var shoes = stocked();
		var socks = stocked();
		var laces = stocked();
		var polish = stocked();
		var alice = shop.newCustomer();
		var bob = shop.newCustomer();

		buy(alice, shoes, socks);
		buy(bob, shoes, socks);
		buy(alice, shoes, laces);
		buy(bob, shoes, polish);
		buy(alice, polish);

		var path = "/api/recommendations/products/" + id(shoes);
		awaitSkus(path, List.of(socks.value(), polish.value(), laces.value()));
		assertThat(skus(mvc.get().uri(path + "?limit=2").exchange())).containsExactly(socks.value(), polish.value());
		assertThat(mvc.get().uri(path).exchange()).bodyJson()
			.extractingPath("$.recommendations[*].score")
			.isEqualTo(List.of(2, 1, 1));
	}

	@Test
	void leavesOutProductsTakenOffSale() {
		var shoes = stocked();
		var socks = stocked();
		var laces = stocked();
		var customer = shop.newCustomer();
		buy(customer, shoes, socks);
		buy(customer, shoes, socks, laces);
		var path = "/api/recommendations/products/" + id(shoes);
		awaitSkus(path, List.of(socks.value(), laces.value()));

		assertThat(shop.post(shop.admin(), "/api/catalog/products/" + id(socks) + "/deactivate")).hasStatusOk();

		awaitSkus(path, List.of(laces.value()));
		assertThat(shop.post(shop.admin(), "/api/catalog/products/" + id(socks) + "/activate")).hasStatusOk();
		awaitSkus(path, List.of(socks.value(), laces.value()));
	}

	@Test
	void recommendsWhatOthersBoughtWithYourProductsButNothingYouBought() {
		var shoes = stocked();
		var socks = stocked();
		var laces = stocked();
		var you = shop.newCustomer();
		var others = shop.newCustomer();
		buy(you, shoes);
		buy(others, shoes, socks);
		buy(others, shoes, socks, laces);
		buy(others, socks);

		awaitSkus(you, "/api/recommendations/me?limit=2", List.of(socks.value(), laces.value()));
		var answer = shop.get(you, "/api/recommendations/me?limit=20");
		assertThat(answer).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(answer), "$.recommendations[0:2].reason"))
			.containsOnly("BOUGHT_TOGETHER");
		assertThat(JsonPath.<List<Integer>>read(body(answer), "$.recommendations[0:2].score")).containsExactly(2, 1);
		assertThat(JsonPath.<List<String>>read(body(answer), "$.recommendations[2:].reason")).containsOnly("POPULAR");
		assertThat(skus(answer)).doesNotContain(shoes.value()).doesNotHaveDuplicates();
	}

	@Test
	void recommendsThePopularProductsToACustomerWhoBoughtNothingYet() {
		var shoes = stocked();
		buy(shop.newCustomer(), shoes);
		buy(shop.newCustomer(), shoes);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> skus(mvc.get().uri("/api/recommendations/products/" + id(shoes)).exchange()),
					found -> found.isEmpty());
		var newcomer = shop.newCustomer();

		var answer = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> shop.get(newcomer, "/api/recommendations/me?limit=20"),
					found -> JsonPath.<List<Integer>>read(body(found), "$.recommendations[*].score")
						.stream()
						.anyMatch(score -> score >= 2));

		assertThat(JsonPath.<List<String>>read(body(answer), "$.recommendations[*].reason")).isNotEmpty()
			.containsOnly("POPULAR");
		assertThat(JsonPath.<List<Integer>>read(body(answer), "$.recommendations[*].score"))
			.isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void answersNothingForAProductNobodyBought() {
		assertThat(mvc.get().uri("/api/recommendations/products/" + UUID.randomUUID()).exchange()).hasStatusOk()
			.bodyJson()
			.isEqualTo("""
					{"recommendations": []}""");
		assertThat(mvc.get().uri("/api/recommendations/products/" + id(stocked())).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.recommendations")
			.asArray()
			.isEmpty();
	}

	@Test
	void refusesALimitOutsideOneToTwentyAndAnIdThatIsNoId() {
		var customer = shop.newCustomer();
		var product = "/api/recommendations/products/" + UUID.randomUUID();

		for (var limit : List.of("0", "21", "-1", "many")) {
			assertInvalid(mvc.get().uri(product + "?limit=" + limit).exchange());
			assertInvalid(shop.get(customer, "/api/recommendations/me?limit=" + limit));
		}
		assertInvalid(mvc.get().uri("/api/recommendations/products/not-a-product").exchange());
		assertThat(mvc.get().uri(product + "?limit=20").exchange()).hasStatusOk();
		assertThat(shop.get(customer, "/api/recommendations/me?limit=1")).hasStatusOk();
	}

	@Test
	void letsAnyoneSeeWhatIsBoughtTogetherButOnlyYouYourRecommendations() {
		var product = "/api/recommendations/products/" + UUID.randomUUID();

		assertThat(mvc.get().uri(product).exchange()).hasStatusOk();
		assertThat(mvc.head().uri(product).exchange()).hasStatusOk();
		assertThat(mvc.post().uri(product).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/recommendations/me").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.head().uri("/api/recommendations/me").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/api/recommendations/rebuild").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(shop.post(shop.newCustomer(), "/api/recommendations/rebuild")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private Sku stocked() {
		return CatalogFixtures.stockedProduct(catalog, 100);
	}

	private String id(Sku sku) {
		return catalog.findProduct(sku).orElseThrow().id().toString();
	}

	/** Checks out one unit of each SKU in one order, and waits until it is confirmed. */
	private String buy(SignedIn customer, Sku... skus) {
		for (var sku : skus) {
			assertThat(shop.addToCart(customer, sku, 1)).hasStatusOk();
		}
		var placed = shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWith(Shop.APPROVED));
		assertThat(placed).hasStatus(HttpStatus.CREATED);
		String order = JsonPath.read(body(placed), "$.id");
		assertThat(JsonPath.<String>read(shop.settled(customer, order), "$.status")).isEqualTo("CONFIRMED");
		return order;
	}

	private void awaitSkus(String path, List<String> skus) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> skus(mvc.get().uri(path).exchange()), skus::equals);
	}

	private void awaitSkus(SignedIn caller, String path, List<String> skus) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> skus(shop.get(caller, path)), skus::equals);
	}

	private static List<String> skus(MvcTestResult answer) {
		assertThat(answer).hasStatusOk();
		return JsonPath.read(body(answer), "$.recommendations[*].sku");
	}

	private static void assertInvalid(MvcTestResult answer) {
		assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:invalid-request");
	}

}
