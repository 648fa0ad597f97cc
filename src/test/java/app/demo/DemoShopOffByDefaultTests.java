package app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * On a database Agora did not start itself (as the test database is), no demo data
 * appears unless asked for.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class DemoShopOffByDefaultTests {

	private final Catalog catalog;

	DemoShopOffByDefaultTests(Catalog catalog) {
		this.catalog = catalog;
	}

	@Test
	void leavesAnExternalDatabaseEmpty() {
		assertThat(catalog.isEmpty()).isTrue();
	}

}
