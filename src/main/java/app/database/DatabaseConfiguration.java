package app.database;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Decides where the data lives: the server {@code spring.datasource.url} names, or else
 * an embedded PostgreSQL that this configuration starts. Boot's connection pool, Flyway
 * and health checks work the same on both.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Configuration(proxyBeanMethods = false)
	@Conditional(NoDatabaseConfigured.class)
	static class Embedded {

		// PostgreSQL's defaults, except what zonky changes for test speed: a committed
		// order must survive a crash.
		private static final Map<String, String> DURABLE = Map.of("synchronous_commit", "on");

		@Bean(destroyMethod = "close")
		EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
			var embedded = settings.embedded();
			var database = EmbeddedDatabase.start(embedded.dataDirectory(), embedded.port(), DURABLE, true);
			log.info(
					"Using the embedded PostgreSQL on port {} with its data in {} "
							+ "(set SPRING_DATASOURCE_URL to use another server)",
					database.port(), database.dataDirectory());
			return database;
		}

		@Bean
		JdbcConnectionDetails embeddedDatabaseConnection(EmbeddedDatabase database, DatabaseSettings settings) {
			var name = settings.embedded().databaseName();
			var url = database.createDatabaseIfMissing(name);
			return new JdbcConnectionDetails() {

				@Override
				public String getUsername() {
					return name;
				}

				@Override
				public String getPassword() {
					return null;
				}

				@Override
				public String getJdbcUrl() {
					return url;
				}
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(DatabaseConfigured.class)
	static class External {

		External(Environment environment) {
			log.info("Using the PostgreSQL server at {}",
					withoutCredentials(environment.getProperty("spring.datasource.url", "")));
		}

		private static String withoutCredentials(String jdbcUrl) {
			return jdbcUrl.replaceAll("(?i)(password|user)=[^&;]*", "$1=***");
		}

	}

	static class NoDatabaseConfigured extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))
					? ConditionOutcome.noMatch("spring.datasource.url is set")
					: ConditionOutcome.match("no spring.datasource.url is set");
		}

	}

	static class DatabaseConfigured extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return new NoDatabaseConfigured().getMatchOutcome(context, metadata).isMatch()
					? ConditionOutcome.noMatch("no spring.datasource.url is set")
					: ConditionOutcome.match("spring.datasource.url is set");
		}

	}

}
