package app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure as Spring Modulith sees it: verified on every build, and
 * documented from the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(Agora.class);

	@Test // No cycles, no use of another module's internals, and only the dependencies
			// each module allows.
	void modulesDependOnlyOnWhatTheyAllow() {
		modules.verify();
	}

	@Test // The component diagram and module canvases, written to
			// target/spring-modulith-docs.
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
