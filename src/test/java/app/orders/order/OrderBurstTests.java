package app.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.orders.OrderId;
import app.orders.OrderLine;
import app.orders.Shop;
import app.users.Customers;
import app.database.Publications;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A burst of orders does not shut shoppers out: 500 orders placed in one go set off some
 * thousand listener invocations, which wait for the listener threads rather than each
 * asking for a pooled connection, so that while they are worked off a page of products
 * and a log-in are answered, not refused for want of a connection (ADR 0021). The
 * listeners run on virtual threads on JDK 21 and later (as application.yaml asks), on 12
 * platform threads on 17.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrderBurstTests {

	private static final int ORDERS = 500;

	private final MockMvcTester mvc;

	private final Catalog catalog;

	private final Orders orders;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	OrderBurstTests(MockMvcTester mvc, Catalog catalog, Orders orders, TransactionTemplate transaction,
			JdbcClient jdbc) {
		this.mvc = mvc;
		this.catalog = catalog;
		this.orders = orders;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	@Test
	void aBurstOfFiveHundredOrdersLeavesBrowsingAndLogInAnswering() {
		var product = catalog.findProduct(CatalogFixtures.stockedProduct(catalog, ORDERS)).orElseThrow();
		var customer = new Shop(mvc).newCustomer();
		var line = new OrderLine(product.id(), product.sku(), product.name(), product.price(), 1);
		var address = new ShippingAddress("Ada Shopper", "1 Test Street", null, "1000", "Brussels", "BE");
		int before = incompletePublications();

		transaction.executeWithoutResult(status -> IntStream.range(0, ORDERS)
			.forEach(i -> orders.save(Order.place(new OrderId(UUID.randomUUID()), customer.id(), List.of(line), address,
					null, Instant.now()))));

		// Asked while the burst is being worked off.
		assertThat(incompletePublications() - before).isGreaterThanOrEqualTo(ORDERS / 2);
		assertThat(mvc.get().uri("/api/catalog/products?q=" + product.name())).hasStatusOk();
		assertThat(Customers.attemptLogIn(mvc, customer.email(), Customers.PASSWORD)).hasStatusOk();
		assertThat(mvc.get().uri("/api/orders").header("Authorization", "Bearer " + customer.accessToken()))
			.hasStatusOk();
		assertThat(incompletePublications() - before).isPositive();

		Awaitility.await()
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> incompletePublications() <= before);
	}

	private int incompletePublications() {
		return Publications.incomplete(jdbc);
	}

}
