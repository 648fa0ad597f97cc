package app;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.Sku;
import app.database.SharedTestDatabase;
import app.database.Publications;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.web.client.RestClient;

/**
 * Payments extracted: the shop runs without it, payments runs as a process of its own on
 * a database of its own, logged in as its role, and the two talk only through a real
 * Kafka broker (KRaft, in this JVM). Orders are charged and confirmed, declined and
 * cancelled, refunded; a payments process stopped between its charge and its answer
 * leaves nothing lost or charged twice; every message delivered twice changes nothing; a
 * message that cannot be read goes to the dead-letter topic without holding back the next
 * (ADR 0030).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class SplitPaymentsTests {

	static final String COMMANDS = "agora.payments.commands";

	static final String EVENTS = "agora.payments.events";

	static EmbeddedKafkaKraftBroker broker;

	static Map<String, String> shopDatabase;

	static Map<String, String> paymentsDatabase;

	static ConfigurableApplicationContext shop;

	static ConfigurableApplicationContext payments;

	static RestClient client;

	static String admin;

	@BeforeAll
	static void startBrokerShopAndPayments() {
		broker = new EmbeddedKafkaKraftBroker(1, 3);
		broker.afterPropertiesSet();
		shopDatabase = SharedTestDatabase.newDatabase();
		paymentsDatabase = SharedTestDatabase.newDatabase("agora_payments");
		shop = ShopProcesses.start(split(shopDatabase, "split-shop"));
		payments = startPayments(Map.of());
		client = RestClient.create("http://localhost:" + ShopProcesses.port(shop));
		admin = ShopProcesses.logIn(client, "admin@agora.test", "test-only-secret-9f2c");
	}

	@AfterAll
	static void stopAll() {
		if (payments != null) {
			payments.close();
		}
		if (shop != null) {
			shop.close();
		}
		if (broker != null) {
			broker.destroy();
		}
	}

	@Test
	@Order(1)
	void eachProcessRunsItsOwnModulesOnItsOwnSchemasAsItsOwnRole() {
		assertThat(schemas(shopDatabase)).contains("catalog", "orders", "users").doesNotContain("payments");
		assertThat(schemas(paymentsDatabase)).contains("payments").doesNotContain("catalog", "orders", "users");
		assertThat(jdbc(paymentsDatabase).sql("SELECT current_user").query(String.class).single())
			.isEqualTo("agora_payments");
		assertThat(shop.getBeanNamesForType(classNamed("app.payments.payment.Cashier"))).isEmpty();
		assertThat(payments.getBeanNamesForType(classNamed("app.orders.order.CheckoutSaga"))).isEmpty();
		assertThat(ShopProcesses.port(payments)).isNotEqualTo(ShopProcesses.port(shop));
		var health = RestClient.create("http://localhost:" + ShopProcesses.port(payments))
			.get()
			.uri("/actuator/health")
			.retrieve()
			.body(String.class);
		assertThat(JsonPath.<String>read(health, "$.status")).isEqualTo("UP");
	}

	@Test
	@Order(2)
	void aCheckoutIsChargedByThePaymentsServiceAndConfirmed() {
		var sku = stockedProduct(10);
		var order = checkout(sku, 2, "test-card-approved");

		assertThat(awaitStatus(order, "CONFIRMED"))
			.satisfies(it -> assertThat(JsonPath.<String>read(it, "$.payment.status")).isEqualTo("PAID"));
		assertThat(charges(order)).isEqualTo(1);
		// The catalog takes the reserved units off the shelf after the order's
		// confirmation, in a listener of its own.
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(stock(sku)).containsExactly(8, 0));
	}

	@Test
	@Order(2)
	void aCheckoutIsOneTraceAcrossBothProcesses(CapturedOutput log) {
		var trace = "0af7651916cd43dd8448eb211c80319c";
		var order = checkout(stockedProduct(10), 1, "test-card-approved", "00-" + trace + "-b7ad6b7169203331-01");

		awaitStatus(order, "CONFIRMED");

		// The shop placed the order, the payments service charged it (the shop has no
		// cashier):
		// both in the trace the client began, which crossed the broker in the messages'
		// headers.
		// (Both processes log to this JVM's output, under whichever name started last.)
		assertThat(log.getAll().lines().filter(it -> it.contains("Order " + order + " placed")))
			.singleElement(as(InstanceOfAssertFactories.STRING))
			.contains(trace);
		assertThat(log.getAll().lines().filter(it -> it.contains("Charged") && it.contains(order)))
			.singleElement(as(InstanceOfAssertFactories.STRING))
			.contains(trace);
	}

	@Test
	@Order(3)
	void aDeclinedCardCancelsTheOrderAndPutsTheStockBack() {
		var sku = stockedProduct(10);
		var order = checkout(sku, 3, "test-card-declined");

		awaitStatus(order, "CANCELLED");
		assertThat(charges(order)).isZero();
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(stock(sku)).containsExactly(10, 0));
	}

	@Test
	@Order(4)
	void paymentsStoppedAfterItChargedAndBeforeItsAnswerLeftConfirmsTheOrderOnceRestarted() {
		payments.close();
		// Its answers cannot reach the broker: the charge is made and recorded, the
		// PaymentCompleted waits in its registry.
		payments = startPayments(Map.of("spring.kafka.producer.bootstrap-servers", "localhost:9",
				"spring.kafka.producer.properties[max.block.ms]", "500", "spring.lifecycle.timeout-per-shutdown-phase",
				"1s"));
		var sku = stockedProduct(10);
		var order = checkout(sku, 1, "test-card-approved");
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> charges(order) == 1);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unsentAnswers() > 0);
		payments.close();
		assertThat(status(order)).isNotEqualTo("CONFIRMED");

		payments = startPayments(Map.of());

		awaitStatus(order, "CONFIRMED");
		assertThat(charges(order)).isEqualTo(1);
		assertThat(jdbc(paymentsDatabase).sql("SELECT count(*) FROM payments.payments WHERE order_id = ?")
			.param(UUID.fromString(order))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	@Order(5)
	void everyMessageDeliveredTwiceChangesNothing() {
		var sku = stockedProduct(10);
		var confirmed = checkout(sku, 1, "test-card-approved");
		awaitStatus(confirmed, "CONFIRMED");
		client.post()
			.uri("/api/orders/" + confirmed + "/cancel")
			.header("Authorization", admin)
			.retrieve()
			.toBodilessEntity();
		awaitStatus(confirmed, "CANCELLED");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> refunds(confirmed) == 1);
		var declined = checkout(sku, 1, "test-card-declined");
		awaitStatus(declined, "CANCELLED");
		awaitEverythingHandled();
		var before = snapshot(confirmed, declined);

		var delivered = 0;
		try (var producer = producer()) {
			for (var topic : List.of(COMMANDS, EVENTS)) {
				for (var record : everything(topic)) {
					producer.send(new ProducerRecord<>(topic, record.key(), record.value()));
					delivered++;
				}
			}
			producer.flush();
		}
		assertThat(delivered).as("messages delivered a second time").isGreaterThanOrEqualTo(8);
		awaitEverythingHandled();

		assertThat(snapshot(confirmed, declined)).isEqualTo(before);
	}

	@Test
	@Order(6)
	void aMessageThatCannotBeReadGoesToTheDeadLetterTopicAndHoldsNothingBack() {
		var orderId = UUID.randomUUID().toString();
		try (var producer = producer()) {
			// Same key, so same partition, as the order sent next.
			producer.send(new ProducerRecord<>(COMMANDS, orderId,
					"{\"message\": \"ChargePayment\", \"version\": 99}".getBytes(StandardCharsets.UTF_8)));
			producer.send(new ProducerRecord<>(COMMANDS, orderId, "not json".getBytes(StandardCharsets.UTF_8)));
		}
		var sku = stockedProduct(10);
		var next = checkout(sku, 1, "test-card-approved");
		awaitStatus(next, "CONFIRMED");

		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(everything(COMMANDS + ".DLT")).filteredOn(it -> orderId.equals(it.key()))
				.hasSize(2));
		assertThat(payments.getBean(MeterRegistry.class)
			.get("agora.messages.dead.lettered")
			.tag("topic", COMMANDS)
			.counter()
			.count()).isGreaterThanOrEqualTo(2);
	}

	private static Map<String, String> split(Map<String, String> database, String profile) {
		var settings = new HashMap<>(database);
		settings.put("spring.profiles.active", profile);
		settings.put("spring.kafka.bootstrap-servers", broker.getBrokersAsString());
		settings.put("agora.database.event-publications.resubmission-interval", "1s");
		settings.put("agora.database.event-publications.first-retry-delay", "1s");
		settings.put("agora.deployment.kafka.first-retry-delay", "100ms");
		settings.put("agora.deployment.kafka.delivery-attempts", "3");
		return settings;
	}

	private static ConfigurableApplicationContext startPayments(Map<String, String> extra) {
		var settings = split(paymentsDatabase, "split-payments");
		settings.putAll(extra);
		return ShopProcesses.start(settings);
	}

	private static Sku stockedProduct(int units) {
		return CatalogFixtures.stockedProduct(shop.getBean(Catalog.class), units);
	}

	private static String checkout(Sku sku, int quantity, String card) {
		return checkout(sku, quantity, card, null);
	}

	/**
	 * @param traceparent the trace the client began, if any
	 */
	private static String checkout(Sku sku, int quantity, String card, @Nullable String traceparent) {
		var customer = ShopProcesses.logIn(client, ShopProcesses.register(client, "split"), ShopProcesses.PASSWORD);
		client.post()
			.uri("/api/cart/lines")
			.header("Authorization", customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"sku\": \"%s\", \"quantity\": %d}".formatted(sku, quantity))
			.retrieve()
			.toBodilessEntity();
		var placed = client.post()
			.uri("/api/orders")
			.header("Authorization", customer)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.headers(it -> {
				if (traceparent != null) {
					it.set("traceparent", traceparent);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"shippingAddress": {"recipient": "Jane Doe", "line1": "Main Street 1", "postalCode": "10115",
					 "city": "Berlin", "country": "DE"}, "paymentToken": "%s"}""".formatted(card))
			.retrieve()
			.body(String.class);
		return JsonPath.read(placed, "$.id");
	}

	private static String awaitStatus(String order, String status) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(40))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> orderJson(order), it -> status.equals(JsonPath.read(it, "$.status")));
	}

	private static String status(String order) {
		return JsonPath.read(orderJson(order), "$.status");
	}

	private static String orderJson(String order) {
		return client.get().uri("/api/orders/" + order).header("Authorization", admin).retrieve().body(String.class);
	}

	private static List<Integer> stock(Sku sku) {
		var stock = client.get()
			.uri("/api/catalog/inventory/" + sku)
			.header("Authorization", admin)
			.retrieve()
			.body(String.class);
		return List.of(JsonPath.<Integer>read(stock, "$.onHand"), JsonPath.<Integer>read(stock, "$.reserved"));
	}

	/** Charges the card processor (the sandbox) approved for the order. */
	private static int charges(String order) {
		return ledger(order, "CHARGE", "APPROVED");
	}

	private static int refunds(String order) {
		return ledger(order, "REFUND", "REFUNDED");
	}

	private static int ledger(String order, String kind, String outcome) {
		return jdbc(paymentsDatabase)
			.sql("SELECT count(*) FROM payments.sandbox_ledger WHERE order_id = ? AND kind = ? AND outcome = ?")
			.param(UUID.fromString(order))
			.param(kind)
			.param(outcome)
			.query(Integer.class)
			.single();
	}

	private static int unsentAnswers() {
		return incompletePublications(paymentsDatabase);
	}

	private static int incompletePublications(Map<String, String> database) {
		return Publications.incomplete(jdbc(database));
	}

	/**
	 * Waits until both processes have read every message on the broker and finished all
	 * they published because of them.
	 */
	private static void awaitEverythingHandled() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(40))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> unread("agora") == 0 && unread("agora-payments") == 0
					&& incompletePublications(shopDatabase) == 0 && incompletePublications(paymentsDatabase) == 0);
	}

	private static long unread(String group) {
		return broker.doWithAdminFunction(admin -> {
			try {
				var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
				var latest = admin
					.listOffsets(
							committed.keySet().stream().collect(Collectors.toMap(it -> it, it -> OffsetSpec.latest())))
					.all()
					.get();
				return committed.entrySet()
					.stream()
					.mapToLong(it -> latest.get(it.getKey()).offset() - it.getValue().offset())
					.sum();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/**
	 * What a second delivery must not change: orders, payments, the ledger, the stock,
	 * the emails.
	 */
	private static List<Object> snapshot(String... orders) {
		var state = new ArrayList<Object>();
		for (var order : orders) {
			state.add(orderJson(order));
			state.add(charges(order));
			state.add(refunds(order));
		}
		state.add(jdbc(paymentsDatabase).sql("SELECT order_id, status FROM payments.payments ORDER BY order_id")
			.query()
			.listOfRows());
		state.add(jdbc(shopDatabase).sql("SELECT count(*) FROM notifications.notifications")
			.query(Integer.class)
			.single());
		return state;
	}

	private static List<ConsumerRecord<String, byte[]>> everything(String topic) {
		var settings = Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			var records = new ArrayList<ConsumerRecord<String, byte[]>>();
			var quiet = 0;
			while (quiet < 3) {
				var polled = consumer.poll(Duration.ofMillis(500));
				polled.forEach(records::add);
				quiet = polled.isEmpty() ? quiet + 1 : 0;
			}
			return records;
		}
	}

	private static KafkaProducer<String, byte[]> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
				new StringSerializer(), new ByteArraySerializer());
	}

	private static List<String> schemas(Map<String, String> database) {
		return jdbc(database).sql("SELECT schema_name FROM information_schema.schemata").query(String.class).list();
	}

	private static JdbcClient jdbc(Map<String, String> database) {
		return JdbcClient.create(new DriverManagerDataSource(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), ""));
	}

	private static Class<?> classNamed(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
