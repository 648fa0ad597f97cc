package app.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Says once whether the shop runs on its own: {@code agora.local-data}, the directory
 * where a shop without a configured database keeps what it makes for itself (its embedded
 * PostgreSQL, the token signing key, the first administrator's generated password), and
 * whose presence also turns the demo catalog on. Set by default, beside the embedded data
 * directory, only when no {@code spring.datasource.url} is configured; set it empty to
 * say the shop does not run on its own. Other modules read the setting, not this module's
 * beans.
 */
public class LocalData implements EnvironmentPostProcessor, Ordered {

	/** The setting every module reads. */
	public static final String PROPERTY = "agora.local-data";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(PROPERTY)
				|| StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		var postgres = Path.of(environment.getProperty("agora.database.embedded.data-directory", "./data/postgres"));
		environment.getPropertySources()
			.addLast(new MapPropertySource("agora-local-data",
					Map.of(PROPERTY, postgres.toAbsolutePath().normalize().getParent().toString())));
	}

	/**
	 * After the configuration files are read, which may name a database or a directory.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
