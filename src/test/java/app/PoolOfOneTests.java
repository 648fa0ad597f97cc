package app;

import static org.assertj.core.api.Assertions.assertThat;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.notifications.Outbox;
import app.orders.Shop;
import app.users.Customers;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The whole shop on one pooled connection: a customer registers, keeps an address, logs
 * in again, refreshes, shops, pays, is declined, cancels and is refunded and notified; an
 * administrator changes the catalog and searches it; the saga, the notifications and the
 * read models work behind them. Any code path that holds a connection and asks for
 * another waits here for a connection that never comes, and fails after the pool's
 * timeout. {@code NestedConnections} looks for the same in every other test.
 */
@SpringBootTest(properties = { "spring.datasource.hikari.maximum-pool-size=1",
		"spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.connection-timeout=10000" })
@AutoConfigureMockMvc
class PoolOfOneTests {

	private final MockMvcTester mvc;

	private final Shop shop;

	private final Catalog catalog;

	PoolOfOneTests(MockMvcTester mvc, Catalog catalog) {
		this.mvc = mvc;
		this.shop = new Shop(mvc);
		this.catalog = catalog;
	}

	@Test
	void servesACustomerAndAnAdministratorFromStartToEnd() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var jane = shop.newCustomer();
		assertThat(shop.post(jane, "/api/users/me/addresses", Shop.ADDRESS)).hasStatus(HttpStatus.CREATED);
		// An account with an address is the one whose loading once took two connections.
		jane = Customers.logIn(mvc, jane.email(), Customers.PASSWORD);
		assertThat(Customers.attemptRefresh(mvc, jane.refreshToken())).hasStatusOk();
		assertThat(shop.get(jane, "/api/users/me/addresses")).hasStatusOk();

		var confirmed = shop.order(jane, sku, 2, Shop.APPROVED);
		assertThat(JsonPath.<String>read(shop.settled(jane, confirmed), "$.status")).isEqualTo("CONFIRMED");
		var declined = shop.order(jane, sku, 1, Shop.DECLINED);
		assertThat(JsonPath.<String>read(shop.settled(jane, declined), "$.status")).isEqualTo("CANCELLED");
		assertThat(shop.post(jane, "/api/orders/" + confirmed + "/cancel")).hasStatusOk();
		shop.awaitPayment(jane, confirmed, "REFUNDED");
		assertThat(shop.get(jane, "/api/orders")).hasStatusOk();
		assertThat(shop.get(jane, "/api/recommendations/me")).hasStatusOk();
		new Outbox(shop).await(jane.id(), "payment-refunded", "EMAIL", "SENT");

		var admin = shop.admin();
		shop.awaitStock(admin, sku, 10, 0);
		var product = JsonPath.<String>read(Shop.body(shop.get(admin, "/api/catalog/products/by-sku/" + sku)), "$.id");
		assertThat(mvc.put()
			.uri("/api/catalog/products/" + product + "/price")
			.header("Authorization", admin.bearer())
			.contentType("application/json")
			.content("{\"amount\": 12.50, \"currency\": \"EUR\"}")).hasStatusOk();
		assertThat(mvc.get().uri("/api/catalog/products?q=" + sku)).hasStatusOk();
		assertThat(shop.get(admin, "/api/orders/all")).hasStatusOk();
		assertThat(shop.get(admin, "/api/users")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
	}

}
