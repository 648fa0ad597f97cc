package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.Sku;
import app.database.SharedTestDatabase;
import app.money.Money;
import app.payments.processor.ChargeOutcome;
import app.payments.processor.PaymentProcessor;
import app.payments.processor.ProcessorKey;
import app.payments.processor.Refunded;
import app.payments.sandbox.SandboxLedger;
import app.database.Publications;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.client.RestClient;

/**
 * The shop dies in the middle of a checkout and is started again on the same database:
 * the order still reaches its end, within seconds, and the customer is charged once. The
 * first run's payment gateway charges the card and then never returns, as if the process
 * died before payments could record the answer; the second run finds the charge's
 * publication left behind by an instance that is gone, resumes it at once (not after the
 * staleness durations of minutes), and the gateway recognises the charge by its
 * idempotency key.
 */
class CheckoutCrashTests {

	/** The first run's gateway: charges, then hangs until the process is gone. */
	static final CountDownLatch charged = new CountDownLatch(1);

	static final CountDownLatch processGone = new CountDownLatch(1);

	@Test
	void anOrderInterruptedByACrashIsConfirmedAfterTheRestartAndChargedOnce() throws Exception {
		var database = SharedTestDatabase.newDatabase();
		String orderId;
		Sku sku;
		var first = start(database, DiesAfterCharging.class);
		try {
			sku = CatalogFixtures.stockedProduct(first.getBean(Catalog.class), 10);
			var shop = client(first);
			var customer = ShopProcesses.logIn(shop, ShopProcesses.register(shop, "crash"), ShopProcesses.PASSWORD);
			shop.post()
				.uri("/api/cart/lines")
				.header("Authorization", customer)
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"sku\": \"%s\", \"quantity\": 2}".formatted(sku))
				.retrieve()
				.toBodilessEntity();
			var placed = shop.post()
				.uri("/api/orders")
				.header("Authorization", customer)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.body("""
						{"shippingAddress": {"recipient": "Jane Doe", "line1": "Main Street 1", "postalCode": "10115",
						 "city": "Berlin", "country": "DE"}, "paymentToken": "test-card-approved"}""")
				.retrieve()
				.body(String.class);
			orderId = JsonPath.read(placed, "$.id");
			assertThat(charged.await(30, TimeUnit.SECONDS)).as("the card was charged").isTrue();
		}
		finally {
			first.close();
			processGone.countDown();
		}
		assertThat(incompletePublications(database)).as("publications the crash left behind").isPositive();

		var second = start(database, Object.class);
		try {
			var shop = client(second);
			var admin = ShopProcesses.logIn(shop, "admin@agora.test", "test-only-secret-9f2c");
			var order = Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> shop.get()
					.uri("/api/orders/" + orderId)
					.header("Authorization", admin)
					.retrieve()
					.body(String.class), it -> "CONFIRMED".equals(JsonPath.read(it, "$.status")));

			assertThat(JsonPath.<String>read(order, "$.payment.status")).isEqualTo("PAID");
			assertThat(second.getBean(SandboxLedger.class).charges(UUID.fromString(orderId))).isEqualTo(1);
			Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				var stock = shop.get()
					.uri("/api/catalog/inventory/" + sku)
					.header("Authorization", admin)
					.retrieve()
					.body(String.class);
				assertThat(JsonPath.<Integer>read(stock, "$.onHand")).isEqualTo(8);
				assertThat(JsonPath.<Integer>read(stock, "$.reserved")).isZero();
			});
		}
		finally {
			second.close();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class DiesAfterCharging {

		@Bean
		static BeanPostProcessor chargeThenDie() {
			return ShopProcesses.wrapping(PaymentProcessor.class, Dying::new);
		}

	}

	/** Charges through the real processor, then hangs until the process is gone. */
	record Dying(PaymentProcessor gateway) implements PaymentProcessor {

		@Override
		public ChargeOutcome charge(ProcessorKey key, UUID orderId, UUID customerId, Money amount, String cardToken) {
			gateway.charge(key, orderId, customerId, amount, cardToken);
			charged.countDown();
			try {
				processGone.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("The process died before the answer was recorded");
		}

		@Override
		public Optional<ChargeOutcome> findCharge(ProcessorKey key) {
			return gateway.findCharge(key);
		}

		@Override
		public Refunded refund(ProcessorKey key, String chargeReference, Money amount) {
			return gateway.refund(key, chargeReference, amount);
		}

	}

	private static ConfigurableApplicationContext start(Map<String, String> database, Class<?> extra) {
		var settings = new HashMap<String, String>(database);
		// The first run's charge never returns: do not wait for it.
		settings.put("spring.lifecycle.timeout-per-shutdown-phase", "1s");
		return ShopProcesses.start(settings, extra);
	}

	private static int incompletePublications(Map<String, String> database) {
		var jdbc = JdbcClient.create(new DriverManagerDataSource(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), ""));
		return Publications.incomplete(jdbc);
	}

	private static RestClient client(ConfigurableApplicationContext context) {
		return RestClient.create("http://localhost:" + ShopProcesses.port(context));
	}

}
