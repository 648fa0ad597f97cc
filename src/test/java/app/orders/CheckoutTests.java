package app.orders;

import static app.orders.Shop.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import app.Concurrently;
import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.Sku;
import app.users.Customers.SignedIn;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Checking out over HTTP: the cart, the idempotency key that makes a retried checkout
 * safe, and every refusal a client can cause, each a problem with its own type.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CheckoutTests {

	private final MockMvcTester mvc;

	private final Shop shop;

	private final Catalog catalog;

	CheckoutTests(MockMvcTester mvc, Catalog catalog) {
		this.mvc = mvc;
		this.shop = new Shop(mvc);
		this.catalog = catalog;
	}

	@Test
	void pricesTheCartFromTheCatalogAndEmptiesItAtCheckout() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		assertThat(shop.addToCart(customer, sku, 2)).hasStatusOk();
		var cart = shop.addToCart(customer, sku, 1);
		assertThat(cart).bodyJson().extractingPath("$.lines[0].quantity").isEqualTo(3);
		assertThat(cart).bodyJson().extractingPath("$.total.amount").isEqualTo(30.0);

		var placed = shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWith(Shop.APPROVED));

		assertThat(placed).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "false");
		String id = JsonPath.read(body(placed), "$.id");
		assertThat(placed.getResponse().getHeader("Location")).endsWith("/api/orders/" + id);
		assertThat(placed).bodyJson().extractingPath("$.lines[0].unitPrice.amount").isEqualTo(10.0);
		assertThat(placed).bodyJson().extractingPath("$.shippingAddress.city").isEqualTo("Berlin");
		assertThat(shop.get(customer, "/api/cart")).bodyJson().extractingPath("$.items").isEqualTo(0);
	}

	@Test
	void answersTheOrderAsItIsStoredWithEveryLineInTheCartsOrder() {
		var first = CatalogFixtures.stockedProduct(catalog, 10);
		var second = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		assertThat(shop.addToCart(customer, second, 1)).hasStatusOk();
		assertThat(shop.addToCart(customer, first, 2)).hasStatusOk();

		var placed = body(shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWith(Shop.APPROVED)));
		var stored = body(shop.get(customer, "/api/orders/" + JsonPath.read(placed, "$.id")));

		assertThat(JsonPath.<List<String>>read(placed, "$.lines[*].sku")).containsExactly(second.value(),
				first.value());
		for (var path : List.of("$.lines", "$.total", "$.shippingAddress", "$.placedAt", "$.history[0]")) {
			assertThat(JsonPath.<Object>read(placed, path)).as(path).isEqualTo(JsonPath.read(stored, path));
		}
		assertThat(shop.get(customer, "/api/cart")).bodyJson().extractingPath("$.items").isEqualTo(0);
	}

	@Test
	void aDeletedAccountCanNoLongerShopOrPayWithItsUnexpiredToken() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		assertThat(shop.addToCart(customer, sku, 1)).hasStatusOk();
		var unpaid = JsonPath.<String>read(
				body(shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWithoutCard())), "$.id");
		assertThat(shop.addToCart(customer, sku, 1)).hasStatusOk();

		assertThat(mvc.delete().uri("/api/users/me").header("Authorization", customer.bearer()))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(shop.addToCart(customer, sku, 1)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWith(Shop.APPROVED)))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(shop.post(customer, "/api/orders/" + unpaid + "/payment", """
				{"paymentToken": "%s"}""".formatted(Shop.APPROVED))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(shop.post(customer, "/api/orders/" + unpaid + "/cancel")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void returnsTheSameOrderForARetriedCheckout() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		assertThat(shop.addToCart(customer, sku, 1)).hasStatusOk();
		var key = UUID.randomUUID().toString();

		var first = shop.checkOut(customer, key, Shop.checkoutWith(Shop.APPROVED));
		var again = shop.checkOut(customer, key, Shop.checkoutWith(Shop.APPROVED));

		assertThat(again).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
		assertThat(JsonPath.<String>read(body(again), "$.id")).isEqualTo(JsonPath.read(body(first), "$.id"));
		assertThat(shop.get(customer, "/api/orders")).bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);
	}

	@Test
	void placesOneOrderWhenTheSameCheckoutArrivesManyTimesAtOnce() throws Exception {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		assertThat(shop.addToCart(customer, sku, 1)).hasStatusOk();
		var key = UUID.randomUUID().toString();

		var ids = Concurrently.run(Collections.nCopies(8, (Callable<String>) () -> {
			var placed = shop.checkOut(customer, key, Shop.checkoutWith(Shop.APPROVED));
			assertThat(placed).hasStatus(HttpStatus.CREATED);
			return JsonPath.<String>read(body(placed), "$.id");
		}));

		assertThat(ids).containsOnly(ids.get(0));
		assertThat(shop.get(customer, "/api/orders")).bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);
	}

	@Test
	void refusesAnIdempotencyKeyReusedForAnotherRequest() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		assertThat(shop.addToCart(customer, sku, 1)).hasStatusOk();
		var key = UUID.randomUUID().toString();
		assertThat(shop.checkOut(customer, key, Shop.checkoutWith(Shop.APPROVED))).hasStatus(HttpStatus.CREATED);

		assertProblem(shop.checkOut(customer, key, Shop.checkoutWith(Shop.DECLINED)), HttpStatus.UNPROCESSABLE_CONTENT,
				"idempotency-key-reused");
	}

	@Test
	void keepsIdempotencyKeysApartPerCustomer() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var alice = shop.newCustomer();
		var bob = shop.newCustomer();
		var key = UUID.randomUUID().toString();
		assertThat(shop.addToCart(alice, sku, 1)).hasStatusOk();
		assertThat(shop.addToCart(bob, sku, 1)).hasStatusOk();

		var hers = shop.checkOut(alice, key, Shop.checkoutWith(Shop.APPROVED));
		var his = shop.checkOut(bob, key, Shop.checkoutWith(Shop.APPROVED));

		assertThat(JsonPath.<String>read(body(his), "$.id")).isNotEqualTo(JsonPath.read(body(hers), "$.id"));
	}

	@Test
	void refusesACheckoutWithoutAnIdempotencyKey() {
		var customer = shop.newCustomer();

		var placed = mvc.post()
			.uri("/api/orders")
			.header("Authorization", customer.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(Shop.checkoutWith(Shop.APPROVED))
			.exchange();

		assertProblem(placed, HttpStatus.BAD_REQUEST, "idempotency-key-required");
	}

	@Test
	void refusesToCheckOutAnEmptyCart() {
		var customer = shop.newCustomer();

		assertProblem(shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWith(Shop.APPROVED)),
				HttpStatus.UNPROCESSABLE_CONTENT, "empty-cart");
	}

	@Test
	void refusesACheckoutWithoutAShippingAddress() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		assertThat(shop.addToCart(customer, sku, 1)).hasStatusOk();

		var placed = shop.checkOut(customer, UUID.randomUUID().toString(),
				"""
						{"shippingAddress": {"recipient": "", "line1": "x", "postalCode": "1", "city": "y", "country": "Germany"}}""");

		assertProblem(placed, HttpStatus.BAD_REQUEST, "invalid-request");
		assertThat(placed).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("shippingAddress.country", "shippingAddress.recipient");
		assertThat(shop.get(customer, "/api/cart")).bodyJson().extractingPath("$.items").isEqualTo(1);
	}

	@Test
	void refusesAProductTheCatalogDoesNotHave() {
		var customer = shop.newCustomer();

		assertProblem(shop.addToCart(customer, CatalogFixtures.uniqueSku(), 1), HttpStatus.UNPROCESSABLE_CONTENT,
				"unknown-product");
	}

	@Test
	void refusesAProductOffSaleInTheCartAndAtCheckout() {
		var onSale = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		assertThat(shop.addToCart(customer, onSale, 1)).hasStatusOk();
		var offSale = CatalogFixtures.stockedProduct(catalog, 10);
		var admin = shop.admin();
		var productId = JsonPath.<String>read(body(shop.get(admin, "/api/catalog/products/by-sku/" + offSale)), "$.id");
		assertThat(shop.addToCart(customer, offSale, 1)).hasStatusOk();
		assertThat(shop.post(admin, "/api/catalog/products/" + productId + "/deactivate")).hasStatusOk();

		assertProblem(shop.addToCart(customer, offSale, 1), HttpStatus.UNPROCESSABLE_CONTENT, "product-unavailable");
		assertThat(shop.get(customer, "/api/cart")).bodyJson().extractingPath("$.lines[1].onSale").isEqualTo(false);
		var placed = shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWith(Shop.APPROVED));
		assertProblem(placed, HttpStatus.UNPROCESSABLE_CONTENT, "product-unavailable");
		assertThat(placed).bodyJson().extractingPath("$.skus").asArray().containsExactly(offSale.value());
		assertThat(shop.get(customer, "/api/cart")).bodyJson().extractingPath("$.items").isEqualTo(2);
	}

	@Test
	void refusesQuantitiesBeyondTheLimits() {
		var sku = CatalogFixtures.stockedProduct(catalog, 100);
		var customer = shop.newCustomer();

		assertProblem(shop.addToCart(customer, sku, 0), HttpStatus.BAD_REQUEST, "invalid-request");
		assertProblem(shop.addToCart(customer, sku, 11), HttpStatus.UNPROCESSABLE_CONTENT, "cart-limit-exceeded");
		assertThat(shop.addToCart(customer, sku, 10)).hasStatusOk();
		assertProblem(shop.addToCart(customer, sku, 1), HttpStatus.UNPROCESSABLE_CONTENT, "cart-limit-exceeded");
		assertProblem(change(customer, sku, 11), HttpStatus.UNPROCESSABLE_CONTENT, "cart-limit-exceeded");
		assertThat(change(customer, sku, 4)).bodyJson().extractingPath("$.items").isEqualTo(4);
		assertProblem(change(customer, CatalogFixtures.uniqueSku(), 1), HttpStatus.NOT_FOUND, "not-found");
	}

	@Test
	void showsNobodyElsesOrderAndLetsNobodyElsePayOrCancelIt() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var owner = shop.newCustomer();
		var stranger = shop.newCustomer();
		assertThat(shop.addToCart(owner, sku, 1)).hasStatusOk();
		var placed = shop.checkOut(owner, UUID.randomUUID().toString(), Shop.checkoutWithoutCard());
		String id = JsonPath.read(body(placed), "$.id");

		assertProblem(shop.get(stranger, "/api/orders/" + id), HttpStatus.NOT_FOUND, "not-found");
		assertProblem(shop.post(stranger, "/api/orders/" + id + "/payment", """
				{"paymentToken": "%s"}""".formatted(Shop.APPROVED)), HttpStatus.NOT_FOUND, "not-found");
		assertProblem(shop.post(stranger, "/api/orders/" + id + "/cancel"), HttpStatus.NOT_FOUND, "not-found");
		assertThat(shop.get(stranger, "/api/orders")).bodyJson().extractingPath("$.page.totalElements").isEqualTo(0);
		assertThat(shop.get(shop.admin(), "/api/orders/" + id)).hasStatusOk();
		assertThat(shop.get(owner, "/api/orders/" + id)).bodyJson()
			.extractingPath("$.payment.status")
			.isEqualTo("AWAITING_CARD");
	}

	@Test
	void listsACustomersOrdersNewestFirstAndEveryOrderForAdministrators() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var ids = new ArrayList<String>();
		for (int i = 0; i < 3; i++) {
			ids.add(shop.order(customer, sku, 1, Shop.APPROVED));
		}

		var firstPage = shop.get(customer, "/api/orders?size=2");
		assertThat(JsonPath.<List<String>>read(body(firstPage), "$.content[*].id")).containsExactly(ids.get(2),
				ids.get(1));
		assertThat(firstPage).bodyJson().extractingPath("$.page.totalElements").isEqualTo(3);
		assertThat(
				JsonPath.<List<String>>read(body(shop.get(customer, "/api/orders?size=2&page=1")), "$.content[*].id"))
			.containsExactly(ids.get(0));

		var admin = shop.admin();
		var customerId = customer.id().toString();
		assertThat(JsonPath.<List<String>>read(body(shop.get(admin, "/api/orders/all?customer=" + customerId)),
				"$.content[*].id"))
			.containsExactly(ids.get(2), ids.get(1), ids.get(0));
		for (var id : ids) {
			shop.awaitStatus(customer, id, Set.of("CONFIRMED"));
		}
		var hers = "/api/orders/all?customer=" + customerId;
		assertThat(shop.get(admin, hers + "&status=CONFIRMED")).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(3);
		assertThat(shop.get(admin, hers + "&status=CANCELLED")).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);
		var inAnHour = Instant.now().plus(Duration.ofHours(1));
		assertThat(shop.get(admin, hers + "&to=" + inAnHour)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(3);
		assertThat(shop.get(admin, hers + "&from=" + inAnHour)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);
		assertProblem(shop.get(admin, "/api/orders/all?status=LOST"), HttpStatus.BAD_REQUEST, "invalid-request");
		assertProblem(shop.get(admin, "/api/orders/all?from=%2B1000000000-01-01T00:00:00Z"), HttpStatus.BAD_REQUEST,
				"invalid-request");
		assertProblem(shop.get(customer, "/api/orders?size=101"), HttpStatus.BAD_REQUEST, "invalid-request");
	}

	private MvcTestResult change(SignedIn customer, Sku sku, int quantity) {
		return mvc.put()
			.uri("/api/cart/lines/" + sku)
			.header("Authorization", customer.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"quantity": %d}""".formatted(quantity))
			.exchange();
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String type) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:agora:problem:" + type);
	}

}
