package app.orders;

import app.StandaloneModule;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Started alone, this module needs nothing of the other business modules: it can be
 * extracted.
 */
@ApplicationModuleTest
class OrdersModuleTests {

	private final ApplicationContext context;

	OrdersModuleTests(ApplicationContext context) {
		this.context = context;
	}

	@Test
	void bootsWithoutTheOtherModules() {
		StandaloneModule.assertRunsAlone("orders", context);
	}

}
