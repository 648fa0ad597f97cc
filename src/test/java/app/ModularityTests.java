package app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module structure as Spring Modulith sees it, verified on every build. The
 * documentation generated from it is {@code app.documentation.DocumentationTests}'s.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(Agora.class);

	@Test // No cycles, no use of another module's internals, and only the dependencies
			// each module allows.
	void modulesDependOnlyOnWhatTheyAllow() {
		modules.verify();
	}

}
