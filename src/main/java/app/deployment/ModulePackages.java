package app.deployment;

import java.util.ArrayList;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureOrder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Narrows the packages Spring Data scans for repositories and entities to the modules
 * that run here, as Spring Modulith does for a module test: a process without the catalog
 * has no catalog repositories.
 */
@AutoConfiguration
@AutoConfigureOrder(Ordered.HIGHEST_PRECEDENCE)
@Import(ModulePackages.Narrowing.class)
class ModulePackages {

	private static final String AUTO_CONFIGURATION_PACKAGES = "org.springframework.boot.autoconfigure.AutoConfigurationPackages";

	static class Narrowing implements ImportBeanDefinitionRegistrar, EnvironmentAware {

		private static final Logger log = LoggerFactory.getLogger(Narrowing.class);

		private Deployment deployment = new Deployment(java.util.Set.of());

		@Override
		public void setEnvironment(Environment environment) {
			this.deployment = Deployment.of(environment);
		}

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			if (deployment.everything() || !registry.containsBeanDefinition(AUTO_CONFIGURATION_PACKAGES)) {
				return;
			}
			var arguments = registry.getBeanDefinition(AUTO_CONFIGURATION_PACKAGES).getConstructorArgumentValues();
			var holder = arguments.getArgumentValue(0, String[].class);
			var packages = new ArrayList<String>();
			if (holder != null && holder.getValue() instanceof String[] current) {
				Arrays.stream(current).filter(it -> !it.equals("app") && !it.startsWith("app.")).forEach(packages::add);
			}
			packages.addAll(deployment.packages());
			arguments.addIndexedArgumentValue(0, packages.toArray(String[]::new));
			log.debug("Repositories and entities scanned in {}", packages);
		}

	}

}
