package app.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The history of fulfilled orders, as a module rebuilding its read model pages through
 * it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrderHistoryTests {

	private final Shop shop;

	private final Catalog catalog;

	private final OrderHistory history;

	OrderHistoryTests(MockMvcTester mvc, Catalog catalog, OrderHistory history) {
		this.shop = new Shop(mvc);
		this.catalog = catalog;
		this.history = history;
	}

	@Test
	void pagesThroughEveryPaidOrderThatWasNotCancelled() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var paid = List.of(shop.order(customer, sku, 2, Shop.APPROVED), shop.order(customer, sku, 1, Shop.APPROVED));
		var declined = shop.order(customer, sku, 1, Shop.DECLINED);
		var shipped = shop.order(customer, sku, 1, Shop.APPROVED);
		for (var id : List.of(paid.get(0), paid.get(1), declined, shipped)) {
			shop.settled(customer, id);
		}
		assertThat(shop.post(shop.admin(), "/api/orders/" + shipped + "/ship")).hasStatusOk();

		var found = new ArrayList<FulfilledOrder>();
		OrderId after = null;
		for (var page = history.fulfilled(null, 2); !page.isEmpty(); page = history.fulfilled(after, 2)) {
			found.addAll(page);
			after = page.get(page.size() - 1).orderId();
		}

		var hers = found.stream().filter(order -> order.customerId().equals(customer.id())).toList();
		assertThat(hers).extracting(order -> order.orderId().id().toString())
			.containsExactlyInAnyOrder(paid.get(0), paid.get(1), shipped);
		var first = hers.stream()
			.filter(order -> order.orderId().id().equals(UUID.fromString(paid.get(0))))
			.findFirst();
		assertThat(first).hasValueSatisfying(order -> {
			assertThat(order.lines()).singleElement().satisfies(line -> {
				assertThat(line.sku()).isEqualTo(sku);
				assertThat(line.quantity()).isEqualTo(2);
			});
			assertThat(order.total().amount()).isEqualByComparingTo("20.00");
		});
		assertThat(JsonPath.<String>read(shop.settled(customer, declined), "$.status")).isEqualTo("CANCELLED");
		assertThatIllegalArgumentException().isThrownBy(() -> history.fulfilled(null, OrderHistory.MAX_PAGE + 1));
	}

}
