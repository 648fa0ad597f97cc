package app.deployment;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.modulith.runtime.flyway.MigrationFilter;

/**
 * Leaves out of this process the modules that run elsewhere: their components,
 * configuration and settings are not scanned and their schemas not migrated. A module's
 * {@link MessageBoundary} stays, since this process talks to the module through it.
 * Registered for every application in {@code META-INF/spring.factories}. When every
 * module runs here it only turns Spring Modulith's event externalization off by default.
 */
class ModuleSelection implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(ModuleSelection.class);

	static final String EXTERNALIZATION = "spring.modulith.events.externalization.enabled";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var deployment = Deployment.of(context.getEnvironment());
		if (deployment.everything()) {
			// Nothing leaves the process: no externalizer looks at every event published.
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("agora-deployment", Map.of(EXTERNALIZATION, "false")));
			return;
		}
		var beans = context.getBeanFactory();
		beans.registerSingleton(ModulesElsewhere.class.getName(), new ModulesElsewhere(deployment));
		beans.registerSingleton("modulesHereMigrate",
				(MigrationFilter) (module, flyway) -> deployment.runsHere(module.toString()));
		log.info("This process runs the modules {} (and {}); the others run elsewhere, reached through Kafka",
				deployment.modules(), Deployment.EVERYWHERE);
	}

	/** Excludes the types of the modules that run elsewhere from component scanning. */
	static final class ModulesElsewhere extends TypeExcludeFilter {

		private final Deployment deployment;

		ModulesElsewhere(Deployment deployment) {
			this.deployment = deployment;
		}

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			var type = reader.getClassMetadata();
			if (deployment.runsHereClass(type.getClassName())) {
				return false;
			}
			return !Arrays.asList(type.getInterfaceNames()).contains(MessageBoundary.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ModulesElsewhere elsewhere && elsewhere.deployment.equals(deployment);
		}

		@Override
		public int hashCode() {
			return deployment.hashCode();
		}

	}

}
