package app.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.payments.CardProcessor;
import app.payments.CardProcessor.Mode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Checkout through a remote card processor that takes the money and loses the answer,
 * drops connections, fails, or cannot say what it did: every order ends confirmed and
 * charged once, or cancelled with nothing kept, and an order whose charge cannot be
 * settled yet waits, listed for an operator, instead of being cancelled while the
 * customer may have paid. The slow processor takes a second to carry a charge out: a
 * lookup before then finds nothing, which is not believed until the last attempt has
 * settled. The circuit breaker stays closed here ({@code ProcessorOutageTests} opens it).
 */
@SpringBootTest(properties = { "agora.payments.gateway=http", "agora.payments.http.api-key=test-only-key",
		"agora.payments.http.timeout=300ms", "agora.payments.http.retry.max-attempts=2",
		"agora.payments.http.retry.backoff=10ms", "agora.payments.http.circuit-breaker.sliding-window-size=100",
		"agora.payments.http.circuit-breaker.minimum-number-of-calls=100", "agora.payments.max-charge-attempts=2",
		// Longer than the slow processor takes to carry a charge out (1 s).
		"agora.payments.charge-settle-time=2s" })
@AutoConfigureMockMvc
class ProcessorFaultTests {

	static final CardProcessor books = new CardProcessor(Duration.ofSeconds(1));

	@RegisterExtension
	static WireMockExtension processor = books.server();

	@DynamicPropertySource
	static void processorAddress(DynamicPropertyRegistry properties) {
		properties.add("agora.payments.http.base-url", processor::baseUrl);
	}

	private final Shop shop;

	private final Catalog catalog;

	ProcessorFaultTests(MockMvcTester mvc, Catalog catalog) {
		this.shop = new Shop(mvc);
		this.catalog = catalog;
	}

	@BeforeEach
	void processorUp() {
		CardProcessor.serve(processor);
		books.charges(Mode.UP);
		books.lookups(Mode.UP);
	}

	@Test // Customers were charged for orders cancelled this way.
	void confirmsAnOrderWhoseChargeWentThroughThoughEveryAnswerWasLost() {
		books.charges(Mode.SLOW);
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.order(customer, sku, 2, "tok_visa");

		var settled = shop.settled(customer, order);
		assertThat(JsonPath.<String>read(settled, "$.status")).isEqualTo("CONFIRMED");
		assertThat(books.charged(UUID.fromString(order))).isEqualTo(1);
		assertThat(books.refunded(UUID.fromString(order))).isZero();
		shop.awaitStock(shop.admin(), sku, 8, 0);
	}

	@Test
	void confirmsAnOrderWhoseConnectionsWereDroppedAfterTheCharge() {
		books.charges(Mode.RESET);
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.order(customer, sku, 1, "tok_visa");

		assertThat(JsonPath.<String>read(shop.settled(customer, order), "$.status")).isEqualTo("CONFIRMED");
		assertThat(books.charged(UUID.fromString(order))).isEqualTo(1);
	}

	@Test
	void cancelsAnOrderOnlyOnceTheProcessorSaysItChargedNothing() {
		books.charges(Mode.DOWN);
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.order(customer, sku, 3, "tok_visa");

		var settled = shop.settled(customer, order);
		assertThat(JsonPath.<String>read(settled, "$.status")).isEqualTo("CANCELLED");
		assertThat(JsonPath.<String>read(settled, "$.cancellation")).isEqualTo("PAYMENT_DECLINED");
		assertThat(books.charged(UUID.fromString(order))).isZero();
		processor.verify(getRequestedFor(urlPathEqualTo("/v1/charges")));
		shop.awaitStock(shop.admin(), sku, 10, 0);
	}

	@Test
	void keepsAnOrderWaitingWhileTheProcessorCannotSayWhetherItChargedAndListsItForAnOperator() throws Exception {
		books.charges(Mode.SLOW);
		books.lookups(Mode.DOWN);
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var admin = shop.admin();

		var order = shop.order(customer, sku, 1, "tok_visa");

		var issues = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> Shop.body(shop.get(admin, "/actuator/paymentissues")), it -> it.contains(order));
		assertThat(JsonPath.<List<String>>read(issues, "$[?(@.orderId == '" + order + "')].kind"))
			.containsExactly("CHARGE_UNRESOLVED");
		Thread.sleep(1_000);
		assertThat(JsonPath.<String>read(Shop.body(shop.get(customer, "/api/orders/" + order)), "$.status"))
			.isEqualTo("AWAITING_PAYMENT");

		books.lookups(Mode.UP);

		assertThat(JsonPath.<String>read(shop.settled(customer, order), "$.status")).isEqualTo("CONFIRMED");
		assertThat(books.charged(UUID.fromString(order))).isEqualTo(1);
		assertThat(Shop.body(shop.get(admin, "/actuator/paymentissues"))).doesNotContain(order);
	}

	@Test
	void refundsAChargeFoundAfterTheCustomerCancelledTheOrder() {
		books.charges(Mode.SLOW);
		books.lookups(Mode.DOWN);
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var admin = shop.admin();
		var order = shop.order(customer, sku, 2, "tok_visa");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> Shop.body(shop.get(admin, "/actuator/paymentissues")), it -> it.contains(order));

		assertThat(shop.post(customer, "/api/orders/" + order + "/cancel")).hasStatusOk();
		books.charges(Mode.UP);
		books.lookups(Mode.UP);

		var refunded = shop.awaitPayment(customer, order, "REFUNDED");
		assertThat(JsonPath.<String>read(refunded, "$.status")).isEqualTo("CANCELLED");
		assertThat(books.charged(UUID.fromString(order))).isEqualTo(1);
		assertThat(books.refunded(UUID.fromString(order))).isEqualTo(1);
		shop.awaitStock(admin, sku, 10, 0);
	}

}
