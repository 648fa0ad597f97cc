package app.orders.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.orders.OrderId;
import app.orders.Shop;
import app.users.Customers.SignedIn;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A step of an order's life stores what changed: its row and one new history entry. The
 * lines and the statuses it went through before are never written again (PostgreSQL's
 * {@code xmin}, the transaction that wrote a row, stays the same), and a change made to
 * an order that changed since it was loaded is refused, as Spring Data JDBC's save would
 * refuse it (ADR 0039).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrderStoreTests {

	private final Shop shop;

	private final Catalog catalog;

	private final Orders orders;

	private final JdbcClient jdbc;

	OrderStoreTests(MockMvcTester mvc, Catalog catalog, Orders orders, JdbcClient jdbc) {
		this.shop = new Shop(mvc);
		this.catalog = catalog;
		this.orders = orders;
		this.jdbc = jdbc;
	}

	@Test
	void aStepOfTheSagaAppendsToTheHistoryWithoutWritingTheLinesOrEarlierStatusesAgain() {
		var customer = shop.newCustomer();
		var id = awaitingCard(customer);
		var lines = rowVersions("order_lines", id);
		var history = rowVersions("order_status_history", id);
		assertThat(history).hasSize(2);

		assertThat(shop.post(customer, "/api/orders/" + id + "/payment", """
				{"paymentToken": "%s"}""".formatted(Shop.APPROVED))).hasStatusOk();
		var confirmed = shop.settled(customer, id);

		assertThat(JsonPath.<List<String>>read(confirmed, "$.history[*].status")).containsExactly("PENDING",
				"AWAITING_PAYMENT", "CONFIRMED");
		assertThat(rowVersions("order_lines", id)).isEqualTo(lines);
		assertThat(rowVersions("order_status_history", id)).hasSize(3).startsWith(history.toArray(String[]::new));
	}

	@Test
	void aChangeToAnOrderThatChangedSinceItWasLoadedIsRefused() {
		var customer = shop.newCustomer();
		var id = awaitingCard(customer);
		var stale = orders.findById(new OrderId(UUID.fromString(id))).orElseThrow();
		assertThat(shop.post(customer, "/api/orders/" + id + "/cancel")).hasStatusOk();

		assertThat(stale.expireUnpaid(Instant.now())).isTrue();
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> orders.saveChange(stale));

		var order = Shop.body(shop.get(customer, "/api/orders/" + id));
		assertThat(JsonPath.<String>read(order, "$.cancellation")).isEqualTo("CANCELLED_BY_CUSTOMER");
		assertThat(JsonPath.<List<String>>read(order, "$.history[*].status")).containsExactly("PENDING",
				"AWAITING_PAYMENT", "CANCELLED");
	}

	private String awaitingCard(SignedIn customer) {
		return shop.unpaidOrder(customer, CatalogFixtures.stockedProduct(catalog, 10), 2);
	}

	/** Which transaction wrote each of the order's rows in a table, in position order. */
	private List<String> rowVersions(String table, String orderId) {
		return jdbc.sql("SELECT xmin::text FROM orders." + table + " WHERE order_id = ? ORDER BY position")
			.param(UUID.fromString(orderId))
			.query(String.class)
			.list();
	}

}
