package app.recommendations;

import app.StandaloneModule;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Started alone, this module needs nothing of the other business modules: it can be
 * extracted.
 */
@ApplicationModuleTest
class RecommendationsModuleTests {

	private final ApplicationContext context;

	RecommendationsModuleTests(ApplicationContext context) {
		this.context = context;
	}

	@Test
	void bootsWithoutTheOtherModules() {
		StandaloneModule.assertRunsAlone("recommendations", context);
	}

}
