package app.recommendations.model;

import static app.orders.Shop.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.orders.Shop;
import app.users.Customers.SignedIn;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An administrator rebuilds the recommendations from the orders' history in the whole
 * shop, and gets the model the events had built.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ModelRebuildTests {

	private final Shop shop;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	ModelRebuildTests(MockMvcTester mvc, Catalog catalog, JdbcClient jdbc) {
		this.shop = new Shop(mvc);
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	@Test
	void rebuildsTheModelTheEventsBuiltFromTheOrdersHistory() {
		var shoes = stocked();
		var socks = stocked();
		var laces = stocked();
		var polish = stocked();
		var products = List.of(id(shoes), id(socks), id(laces), id(polish));
		var alice = shop.newCustomer();
		var bob = shop.newCustomer();
		buy(alice, shoes, socks);
		buy(bob, shoes, socks, laces);
		buy(alice, laces, polish);
		shop.settled(alice, shop.order(alice, polish, 1, Shop.DECLINED));
		var changedItsMind = buy(bob, shoes, polish);
		awaitModel(() -> ModelSnapshot.together(jdbc, id(shoes), id(polish)), orders -> orders == 1);
		assertThat(shop.post(bob, "/api/orders/" + changedItsMind + "/cancel")).hasStatusOk();
		awaitModel(() -> ModelSnapshot.together(jdbc, id(shoes), id(polish)), orders -> orders == 0);
		awaitModel(() -> ModelSnapshot.popularity(jdbc, id(socks)), orders -> orders == 2);
		awaitModel(() -> ModelSnapshot.popularity(jdbc, id(polish)), orders -> orders == 1);
		var incremental = ModelSnapshot.of(jdbc, products);
		// Something the model got wrong, to be read back from the catalog.
		jdbc.sql("UPDATE recommendations.products SET name = 'Stale', active = false WHERE id = ?")
			.param(id(socks).id())
			.update();

		var rebuilt = shop.post(shop.admin(), "/api/recommendations/rebuild");

		assertThat(rebuilt).hasStatusOk();
		assertThat(JsonPath.<Integer>read(body(rebuilt), "$.orders")).isGreaterThanOrEqualTo(3);
		assertThat(JsonPath.<Integer>read(body(rebuilt), "$.products")).isGreaterThanOrEqualTo(4);
		assertThat(JsonPath.<Integer>read(body(rebuilt), "$.durationMillis")).isNotNegative();
		assertThat(ModelSnapshot.of(jdbc, products)).isEqualTo(incremental);
		assertThat(incremental.popularity()).hasSize(4);
		assertThat(JsonPath.<List<String>>read(body(shop.get(alice, "/api/recommendations/products/" + id(shoes))),
				"$.recommendations[*].name"))
			.containsExactly("Stocked product", "Stocked product");
	}

	private Sku stocked() {
		return CatalogFixtures.stockedProduct(catalog, 100);
	}

	private ProductId id(Sku sku) {
		return catalog.findProduct(sku).orElseThrow().id();
	}

	private String buy(SignedIn customer, Sku... skus) {
		for (var sku : skus) {
			assertThat(shop.addToCart(customer, sku, 2)).hasStatusOk();
		}
		var placed = shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWith(Shop.APPROVED));
		assertThat(placed).hasStatus(HttpStatus.CREATED);
		String order = JsonPath.read(body(placed), "$.id");
		assertThat(JsonPath.<String>read(shop.settled(customer, order), "$.status")).isEqualTo("CONFIRMED");
		return order;
	}

	private static void awaitModel(Callable<Integer> count, IntPredicate until) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(count, until::test);
	}

}
