package app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;

import app.catalog.Catalog;
import app.catalog.Sku;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * Asked for explicitly (the test database counts as external), the demo shop is loaded
 * once and only once.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "agora.demo.enabled=true")
class DemoShopTests {

	private final DemoShop demoShop;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	DemoShopTests(DemoShop demoShop, Catalog catalog, JdbcClient jdbc) {
		this.demoShop = demoShop;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	@Test
	void loadsAFewHundredStockedProductsOnce() {
		demoShop.run(new DefaultApplicationArguments());

		var products = jdbc.sql("SELECT count(*) FROM catalog.products").query(Long.class).single();
		assertThat(products).isEqualTo(new DemoCatalog().productCount()).isBetween(200L, 1000L);
		assertThat(jdbc.sql("SELECT count(*) FROM catalog.stock_items WHERE on_hand > 0").query(Long.class).single())
			.isGreaterThan(products / 2);
	}

	@Test
	void containsTheRunningShoesTheReadmeSearchesFor() {
		assertThat(catalog.findProduct(new Sku("RUN-001"))).hasValueSatisfying(it -> {
			assertThat(it.name()).endsWith("Running Shoes");
			assertThat(it.price().currency()).isEqualTo(Currency.getInstance("EUR"));
		});
	}

}
