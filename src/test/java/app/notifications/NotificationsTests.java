package app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;
import app.orders.OrderConfirmed;
import app.orders.OrderId;
import app.orders.OrderLine;
import app.orders.OrderShipped;
import app.orders.Shop;
import app.users.Customers.SignedIn;
import app.users.UserId;
import app.users.UserRegistered;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications through the whole shop with no SMTP server, as on a laptop: emails land
 * in the dev mailbox an administrator reads, texts in the log. Each fact is notified once
 * however often its event arrives, a notification waits for the contact details it needs,
 * and a deleted account leaves no address behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsTests {

	private final MockMvcTester mvc;

	private final Shop shop;

	private final Outbox outbox;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	NotificationsTests(MockMvcTester mvc, Catalog catalog, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, JdbcClient jdbc) {
		this.mvc = mvc;
		this.shop = new Shop(mvc);
		this.outbox = new Outbox(shop);
		this.catalog = catalog;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
	}

	@Test
	void keepsTheConfirmationWithItsOrderLinesInTheDevMailbox() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.settled(customer, shop.order(customer, sku, 3, Shop.APPROVED));

		assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("CONFIRMED");
		var email = outbox.awaitEmail(customer.email(), "Your order is confirmed"::equals);
		assertThat((String) email.get("text")).contains("Hello Test Customer,")
			.contains("3 x Stocked product, 10.00 EUR each: 30.00 EUR")
			.contains("Total: 30.00 EUR")
			.contains("Order number: " + JsonPath.read(order, "$.id"));
		assertThat((String) email.get("html")).contains(">Stocked product</td>")
			.contains(">3</td>")
			.contains(">10.00 EUR</td>")
			.contains(">30.00 EUR</th>");
		assertThat(email.get("to")).isEqualTo(customer.email());
		assertThat(email.get("sentAt")).isNotNull();
		assertThat(outbox.mailbox(customer.email())).extracting(it -> it.get("subject"))
			.containsExactly("Your order is confirmed", "Welcome to Agora");
	}

	@Test
	void recordsEveryNotificationWithWhatBecameOfIt() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		shop.settled(customer, shop.order(customer, sku, 1, Shop.APPROVED));

		var email = outbox.await(customer.id(), "order-confirmed", "EMAIL", "SENT");
		var text = outbox.await(customer.id(), "order-confirmed", "SMS", "SKIPPED");

		assertThat(email).containsEntry("recipient", customer.email())
			.containsEntry("attempts", 1)
			.containsKeys("id", "eventKey", "createdAt", "sentAt");
		assertThat((String) email.get("eventKey")).startsWith("order-confirmed:");
		assertThat(text).containsEntry("attempts", 0).doesNotContainKey("recipient");
		assertThat((String) text.get("detail")).contains("no text messages");
		assertThat(outbox.notifications(customer.id())).extracting(it -> it.get("template"))
			.containsOnly("welcome", "order-confirmed");
	}

	@Test
	void textsACustomerWhoGaveAPhoneNumberAndOptedIn() {
		var customer = shop.newCustomer();
		var phone = "+4915" + (10_000_000 + (int) (Math.random() * 89_999_999));
		changeContact(customer, phone, true);
		outbox.await(customer.id(), "contact-changed", "EMAIL", "SENT");
		var sku = CatalogFixtures.stockedProduct(catalog, 10);

		shop.settled(customer, shop.order(customer, sku, 1, Shop.APPROVED));

		assertThat(outbox.await(customer.id(), "order-confirmed", "SMS", "SENT")).containsEntry("recipient", phone);
		var changed = outbox.awaitEmail(customer.email(), "Your contact details were changed"::equals);
		assertThat((String) changed.get("text")).contains("Phone: " + phone)
			.contains("Order news by text message: yes");
	}

	@Test
	void sendsOneMessageForAnEventDeliveredAgain() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var order = shop.settled(customer, shop.order(customer, sku, 2, Shop.APPROVED));
		outbox.awaitEmail(customer.email(), "Your order is confirmed"::equals);

		// The registry delivers it again, as after a crash before its completion was
		// recorded; twice, one after the other. At once, the two equal events would be
		// one entry of Spring Modulith's publications in progress, and one of the two
		// publications would stay incomplete until it is stale (the test was flaky so).
		var confirmed = confirmation(order);
		for (int i = 0; i < 2; i++) {
			transactions.executeWithoutResult(status -> events.publishEvent(confirmed));
			awaitNoPublicationLeftFor(confirmed.orderId().toString());
		}

		assertThat(outbox.notifications(customer.id())).filteredOn(it -> "order-confirmed".equals(it.get("template")))
			.extracting(it -> it.get("channel"))
			.containsExactlyInAnyOrder("EMAIL", "SMS");
		assertThat(outbox.mailbox(customer.email()))
			.filteredOn(it -> "Your order is confirmed".equals(it.get("subject")))
			.singleElement()
			.satisfies(it -> assertThat((String) it.get("text")).contains("2 x Stocked product"));
	}

	@Test
	void waitsForTheContactDetailsOfACustomerNotSeenYet() throws InterruptedException {
		var stranger = UserId.random();
		var order = OrderId.random();
		transactions.executeWithoutResult(status -> events.publishEvent(
				new OrderShipped(order, stranger, List.of(line("Early bird", "5.00", 1)), Money.of("5.00", "EUR"))));
		var waiting = outbox.await(stranger, "order-shipped", "EMAIL", "PENDING");
		Thread.sleep(500);
		assertThat(outbox.find(stranger, "order-shipped", "EMAIL")).containsEntry("status", "PENDING")
			.containsEntry("attempts", 0);
		assertThat(waiting).containsKey("nextAttemptAt");

		var address = "late-" + UUID.randomUUID() + "@example.com";
		transactions
			.executeWithoutResult(status -> events.publishEvent(new UserRegistered(stranger, "Late Comer", address)));

		assertThat(outbox.await(stranger, "order-shipped", "EMAIL", "SENT")).containsEntry("recipient", address);
		assertThat((String) outbox.awaitEmail(address, "Your order is on its way"::equals).get("text"))
			.contains("Hello Late Comer,")
			.contains("1 x Early bird");
	}

	@Test
	void erasesADeletedCustomersDetailsAndWhereTheirNotificationsWent() {
		var customer = shop.newCustomer();
		changeContact(customer, "+4915199887766", true);
		outbox.await(customer.id(), "contact-changed", "EMAIL", "SENT");
		assertThat(outbox.mailbox(customer.email())).isNotEmpty();

		assertThat(mvc.delete().uri("/api/users/me").header("Authorization", customer.bearer()).exchange())
			.hasStatus(HttpStatus.NO_CONTENT);

		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("SELECT erased_at IS NOT NULL FROM notifications.contacts WHERE user_id = ?")
				.param(customer.id().id())
				.query(Boolean.class)
				.single());
		assertThat(jdbc.sql("SELECT name, email, phone FROM notifications.contacts WHERE user_id = ?")
			.param(customer.id().id())
			.query((row, number) -> new String[] { row.getString(1), row.getString(2), row.getString(3) })
			.single()).containsOnlyNulls();
		assertThat(outbox.notifications(customer.id())).isNotEmpty()
			.allSatisfy(it -> assertThat(it).doesNotContainKey("recipient"));
		assertThat(outbox.mailbox(customer.email())).isEmpty();

		// News that comes after the deletion goes nowhere.
		var order = OrderId.random();
		transactions.executeWithoutResult(status -> events.publishEvent(
				new OrderShipped(order, customer.id(), List.of(line("Too late", "5.00", 1)), Money.of("5.00", "EUR"))));
		assertThat(outbox.await(customer.id(), "order-shipped", "EMAIL", "SKIPPED")).containsEntry("detail",
				"The customer deleted their account");
		assertThat(outbox.mailbox(customer.email())).isEmpty();
	}

	@Test
	void refusesToRetryANotificationThatDidNotFail() {
		var customer = shop.newCustomer();
		var welcome = outbox.await(customer.id(), "welcome", "EMAIL", "SENT");
		var admin = shop.admin();

		assertThat(shop.post(admin, "/api/notifications/" + welcome.get("id") + "/retry"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:notification-status-conflict");
		assertThat(shop.post(admin, "/api/notifications/" + UUID.randomUUID() + "/retry"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(shop.get(admin, "/api/notifications?status=SENT&customer=" + customer.id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content[*].template")
			.asArray()
			.containsExactly("welcome");
		assertThat(shop.get(admin, "/api/notifications?status=LOST")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private void changeContact(SignedIn customer, String phone, boolean sms) {
		assertThat(mvc.put()
			.uri("/api/users/me")
			.header("Authorization", customer.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Test Customer", "email": "%s", "phone": "%s", "smsNotifications": %s}"""
				.formatted(customer.email(), phone, sms))
			.exchange()).hasStatusOk();
	}

	/**
	 * Waits until the registry has delivered every publication that mentions the text.
	 */
	private void awaitNoPublicationLeftFor(String text) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM event_publication.event_publication WHERE serialized_event LIKE ?")
				.param("%" + text + "%")
				.query(Long.class)
				.single() == 0);
	}

	/** The confirmation of an order, as the orders module published it. */
	private static OrderConfirmed confirmation(String order) {
		var lines = JsonPath.<List<Map<String, Object>>>read(order, "$.lines")
			.stream()
			.map(line -> new OrderLine(new ProductId(UUID.fromString((String) line.get("productId"))),
					new Sku((String) line.get("sku")), (String) line.get("name"), money(line.get("unitPrice")),
					(Integer) line.get("quantity")))
			.toList();
		return new OrderConfirmed(new OrderId(UUID.fromString(JsonPath.read(order, "$.id"))),
				new UserId(UUID.fromString(JsonPath.read(order, "$.customerId"))), lines,
				money(JsonPath.read(order, "$.total")));
	}

	@SuppressWarnings("unchecked")
	private static Money money(Object json) {
		var money = (Map<String, Object>) json;
		return new Money(new BigDecimal(money.get("amount").toString()),
				Currency.getInstance((String) money.get("currency")));
	}

	private static OrderLine line(String name, String price, int quantity) {
		return new OrderLine(new ProductId(UUID.randomUUID()), CatalogFixtures.uniqueSku(), name,
				Money.of(price, "EUR"), quantity);
	}

}
