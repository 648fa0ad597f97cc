package app.orders.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.orders.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A checkout takes the cart's lines in two statements (ADR 0039), and the cart changes
 * version as a save would: a copy of the cart read before the checkout cannot be saved
 * over it, which would put the lines just ordered back in the cart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CartStoreTests {

	private final Shop shop;

	private final Catalog catalog;

	private final Carts carts;

	CartStoreTests(MockMvcTester mvc, Catalog catalog, Carts carts) {
		this.shop = new Shop(mvc);
		this.catalog = catalog;
		this.carts = carts;
	}

	@Test
	void aCartReadBeforeTheCheckoutCannotBeSavedOverIt() {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		assertThat(shop.addToCart(customer, sku, 2)).hasStatusOk();
		var stale = carts.findById(customer.id()).orElseThrow();

		assertThat(shop.checkOut(customer, UUID.randomUUID().toString(), Shop.checkoutWith(Shop.APPROVED)))
			.hasStatus2xxSuccessful();
		stale.change(sku, 3, new CartLimits(10, 50), Instant.now());

		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> carts.save(stale));
		assertThat(carts.findById(customer.id()).orElseThrow().getLines()).isEmpty();
	}

	@Test
	void aCustomerWithoutACartHasNothingToTake() {
		var customer = shop.newCustomer();

		assertThat(carts.takeLines(customer.id(), Instant.now())).isEmpty();
		assertThat(carts.findById(customer.id())).isEmpty();
	}

}
