package app.gateway;

import app.StandaloneModule;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The gateway runs without any business module: it is the door, not what is behind it.
 */
@ApplicationModuleTest
class GatewayModuleTests {

	@Test
	void bootsWithoutTheOtherModules(ApplicationContext context) {
		StandaloneModule.assertRunsAlone("gateway", context);
	}

}
