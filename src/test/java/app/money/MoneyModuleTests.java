package app.money;

import app.StandaloneModule;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Started alone, this module needs nothing of the other business modules: it can be
 * extracted.
 */
@ApplicationModuleTest
class MoneyModuleTests {

	private final ApplicationContext context;

	MoneyModuleTests(ApplicationContext context) {
		this.context = context;
	}

	@Test
	void bootsWithoutTheOtherModules() {
		StandaloneModule.assertRunsAlone("money", context);
	}

}
