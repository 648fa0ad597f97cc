package app.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.orders.Shop;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An order nobody pays for does not hold its stock for ever: once the payment window has
 * passed it is cancelled and its stock released; one still within the window waits on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnpaidOrdersTests {

	private final Shop shop;

	private final Catalog catalog;

	private final UnpaidOrders unpaidOrders;

	private final JdbcClient jdbc;

	UnpaidOrdersTests(MockMvcTester mvc, Catalog catalog, UnpaidOrders unpaidOrders, JdbcClient jdbc) {
		this.shop = new Shop(mvc);
		this.catalog = catalog;
		this.unpaidOrders = unpaidOrders;
		this.jdbc = jdbc;
	}

	@Test
	void cancelsAnOrderNotPaidWithinThePaymentWindowAndReleasesItsStock() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var admin = shop.admin();
		var overdue = shop.unpaidOrder(customer, sku, 3);
		var recent = shop.unpaidOrder(customer, sku, 2);
		shop.awaitStock(admin, sku, 10, 5);
		// The window is 30 minutes: the first order has waited for 31.
		jdbc.sql("UPDATE orders.orders SET updated_at = now() - interval '31 minutes' WHERE id = ?")
			.param(UUID.fromString(overdue))
			.update();

		unpaidOrders.cancelExpired();

		var cancelled = shop.settled(customer, overdue);
		assertThat(JsonPath.<String>read(cancelled, "$.cancellation")).isEqualTo("PAYMENT_NOT_RECEIVED");
		assertThat(JsonPath.<String>read(Shop.body(shop.get(customer, "/api/orders/" + recent)), "$.status"))
			.isEqualTo("AWAITING_PAYMENT");
		shop.awaitStock(admin, sku, 10, 2);
	}

}
