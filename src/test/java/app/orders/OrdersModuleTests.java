package app.orders;

import app.StandaloneModule;
import app.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Started alone, this module needs nothing of the other business modules but the
 * catalog's facade, which it asks for products and prices (mocked here): it can be
 * extracted. Stock and payments it reaches only through events.
 */
@ApplicationModuleTest
class OrdersModuleTests {

	@MockitoBean
	Catalog catalog;

	private final ApplicationContext context;

	OrdersModuleTests(ApplicationContext context) {
		this.context = context;
	}

	@Test
	void bootsWithoutTheOtherModules() {
		StandaloneModule.assertRunsAlone("orders", context);
	}

}
