package app.orders;

import static app.orders.Shop.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import app.Concurrently;
import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.Sku;
import app.catalog.StockReserved;
import app.payments.sandbox.SandboxLedger;
import app.users.Customers.SignedIn;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The checkout saga end to end, through the whole shop: orders, the catalog's stock and
 * the sandbox payment gateway, over HTTP as a client sees it. Every outcome ends in its
 * documented state with the stock conserved: what was sold left the shelf, everything
 * else is available again, and nothing stays reserved for an order that ended.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CheckoutSagaTests {

	private final Shop shop;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final SandboxLedger ledger;

	CheckoutSagaTests(MockMvcTester mvc, Catalog catalog, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, JdbcClient jdbc, SandboxLedger ledger) {
		this.shop = new Shop(mvc);
		this.catalog = catalog;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Test
	void confirmsAPaidOrderAndSellsItsStock() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.settled(customer, shop.order(customer, sku, 3, Shop.APPROVED));

		assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("CONFIRMED");
		assertThat(JsonPath.<String>read(order, "$.payment.status")).isEqualTo("PAID");
		assertThat(JsonPath.<String>read(order, "$.payment.cardLast4")).isEqualTo("4242");
		assertThat(ledger.charges(UUID.fromString(JsonPath.read(order, "$.id")))).isEqualTo(1);
		assertThat(JsonPath.<List<String>>read(order, "$.history[*].status")).containsExactly("PENDING",
				"AWAITING_PAYMENT", "CONFIRMED");
		assertThat(JsonPath.<Double>read(order, "$.total.amount")).isEqualTo(30.0);
		assertThat(JsonPath.<List<Integer>>read(order, "$.lines[*].quantity")).containsExactly(3);
		awaitStock(sku, 7, 0);
	}

	@Test
	void cancelsAnOrderWhoseCardIsDeclinedAndReleasesItsStock() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.settled(customer, shop.order(customer, sku, 4, Shop.DECLINED));

		assertCancelled(order, "PAYMENT_DECLINED", "DECLINED");
		awaitStock(sku, 10, 0);
	}

	@Test
	void cancelsAnOrderWhoseCardLacksTheFunds() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.settled(customer, shop.order(customer, sku, 4, Shop.INSUFFICIENT_FUNDS));

		assertCancelled(order, "PAYMENT_DECLINED", "DECLINED");
		assertThat(JsonPath.<List<String>>read(order, "$.history[*].reason")).last()
			.asString()
			.containsIgnoringCase("funds");
		awaitStock(sku, 10, 0);
	}

	@Test
	void cancelsAnOrderWhenThePaymentGatewayTimesOut() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.settled(customer, shop.order(customer, sku, 2, Shop.TIMES_OUT));

		assertCancelled(order, "PAYMENT_DECLINED", "DECLINED");
		awaitStock(sku, 10, 0);
	}

	@Test // The processor took the money but its answer was lost: asking again finds it.
	void confirmsAnOrderWhoseChargeWentThroughWithoutAnAnswerAndChargesItOnce() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.settled(customer, shop.order(customer, sku, 2, Shop.CHARGED_THEN_TIMES_OUT));

		assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("CONFIRMED");
		assertThat(ledger.charges(UUID.fromString(JsonPath.read(order, "$.id")))).isEqualTo(1);
		awaitStock(sku, 8, 0);
	}

	@Test
	void cancelsAnOrderTheStockCannotMeetWithoutChargingIt() {
		var sku = CatalogFixtures.stockedProduct(catalog, 2);
		var customer = shop.newCustomer();

		var order = shop.settled(customer, shop.order(customer, sku, 3, Shop.APPROVED));

		assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("CANCELLED");
		assertThat(JsonPath.<String>read(order, "$.cancellation")).isEqualTo("STOCK_REJECTED");
		assertThat(JsonPath.<String>read(order, "$.payment.status")).isEqualTo("NOT_CHARGED");
		assertThat(ledger.charges(UUID.fromString(JsonPath.read(order, "$.id")))).isZero();
		assertThat(JsonPath.<List<String>>read(order, "$.history[*].reason")).last().asString().contains(sku.value());
		awaitStock(sku, 2, 0);
	}

	@Test
	void refundsAndRestocksAConfirmedOrderTheCustomerCancels() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var id = shop.order(customer, sku, 3, Shop.APPROVED);
		shop.awaitStatus(customer, id, Set.of("CONFIRMED"));
		awaitStock(sku, 7, 0);

		assertThat(shop.post(customer, "/api/orders/" + id + "/cancel")).hasStatusOk();

		var order = shop.awaitPayment(customer, id, "REFUNDED");
		assertThat(JsonPath.<String>read(order, "$.cancellation")).isEqualTo("CANCELLED_BY_CUSTOMER");
		assertThat(ledger.charges(UUID.fromString(id))).isEqualTo(1);
		assertThat(ledger.refunds(UUID.fromString(id))).isEqualTo(1);
		awaitStock(sku, 10, 0);
	}

	@Test
	void releasesTheStockOfAnUnpaidOrderTheCustomerCancels() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var id = shop.unpaidOrder(customer, sku, 5);
		awaitStock(sku, 10, 5);

		assertThat(shop.post(customer, "/api/orders/" + id + "/cancel")).hasStatusOk();

		assertCancelled(shop.settled(customer, id), "CANCELLED_BY_CUSTOMER", "NOT_CHARGED");
		awaitStock(sku, 10, 0);
	}

	@Test
	void chargesAnOrderPaidAfterCheckout() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		assertThat(shop.addToCart(customer, sku, 1)).hasStatusOk();
		var placed = shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWithoutCard());
		String id = JsonPath.read(body(placed), "$.id");
		var waiting = shop.awaitStatus(customer, id, Set.of("AWAITING_PAYMENT"));
		assertThat(JsonPath.<String>read(waiting, "$.payment.status")).isEqualTo("AWAITING_CARD");

		assertThat(shop.post(customer, "/api/orders/" + id + "/payment", """
				{"paymentToken": "%s"}""".formatted(Shop.APPROVED))).hasStatusOk();

		assertThat(JsonPath.<String>read(shop.settled(customer, id), "$.status")).isEqualTo("CONFIRMED");
		assertThat(shop.post(customer, "/api/orders/" + id + "/payment", """
				{"paymentToken": "%s"}""".formatted(Shop.APPROVED))).hasStatus(HttpStatus.CONFLICT);
		awaitStock(sku, 9, 0);
	}

	@Test
	void shipsAndDeliversAConfirmedOrderAndThenRefusesToCancelIt() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var admin = shop.admin();
		var id = shop.order(customer, sku, 1, Shop.APPROVED);
		shop.awaitStatus(customer, id, Set.of("CONFIRMED"));

		assertThat(shop.post(admin, "/api/orders/" + id + "/deliver")).hasStatus(HttpStatus.CONFLICT);
		assertThat(shop.post(admin, "/api/orders/" + id + "/ship")).hasStatusOk();
		assertThat(shop.post(customer, "/api/orders/" + id + "/cancel")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:order-status-conflict");
		assertThat(shop.post(admin, "/api/orders/" + id + "/deliver")).hasStatusOk();

		var order = body(shop.get(customer, "/api/orders/" + id));
		assertThat(JsonPath.<List<String>>read(order, "$.history[*].status")).containsExactly("PENDING",
				"AWAITING_PAYMENT", "CONFIRMED", "SHIPPED", "DELIVERED");
		awaitStock(sku, 9, 0);
	}

	@Test
	void sellsExactlyTheUnitsThereAreWhenManyCustomersCheckOutAtOnce() throws Exception {
		int units = 5;
		int customers = 16;
		var sku = CatalogFixtures.stockedProduct(catalog, units);
		var shoppers = new ArrayList<SignedIn>();
		for (int i = 0; i < customers; i++) {
			var customer = shop.newCustomer();
			assertThat(shop.addToCart(customer, sku, 1)).hasStatusOk();
			shoppers.add(customer);
		}

		var orders = Concurrently.run(shoppers.stream().map(customer -> (Callable<String>) () -> {
			var placed = shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWith(Shop.APPROVED));
			assertThat(placed).hasStatus(HttpStatus.CREATED);
			return JsonPath.<String>read(body(placed), "$.id");
		}).toList());

		var outcomes = new ArrayList<String>();
		for (int i = 0; i < customers; i++) {
			outcomes.add(JsonPath.read(shop.settled(shoppers.get(i), orders.get(i)), "$.status"));
		}
		assertThat(outcomes).filteredOn("CONFIRMED"::equals).hasSize(units);
		assertThat(outcomes).filteredOn("CANCELLED"::equals).hasSize(customers - units);
		awaitStock(sku, 0, 0);
	}

	@Test
	void ignoresAnAnswerAboutAnOrderItNeverPlaced() {
		var stranger = UUID.randomUUID();

		transactions.executeWithoutResult(status -> events.publishEvent(new StockReserved(stranger, List.of())));

		// Completed publications are deleted: a failed one would stay, to be retried.
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM event_publication.event_publication WHERE serialized_event LIKE ?")
				.param("%" + stranger + "%")
				.query(Integer.class)
				.single(), count -> count == 0);
	}

	private void assertCancelled(String order, String reason, String paymentStatus) {
		assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("CANCELLED");
		assertThat(JsonPath.<String>read(order, "$.cancellation")).isEqualTo(reason);
		assertThat(JsonPath.<String>read(order, "$.payment.status")).isEqualTo(paymentStatus);
		assertThat(JsonPath.<List<String>>read(order, "$.history[*].status")).last().isEqualTo("CANCELLED");
	}

	private void awaitStock(Sku sku, int onHand, int reserved) {
		shop.awaitStock(shop.admin(), sku, onHand, reserved);
	}

}
