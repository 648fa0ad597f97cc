package app.database;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
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

	@Bean
	Instance instance() {
		var instance = Instance.started();
		log.info("This instance's database sessions are named {}", instance.name());
		return instance;
	}

	/**
	 * Names every session of the pool after this instance and keeps at least one open,
	 * and gives requests and background work their own waits for a pooled connection.
	 */
	@Bean
	static BeanPostProcessor connectionWaits(ObjectProvider<DatabaseSettings> settings,
			ObjectProvider<Instance> instance) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof HikariDataSource pool && name.equals("dataSource")) {
					pool.addDataSourceProperty("ApplicationName", instance.getObject().name());
					// Other instances know this one is alive by its sessions: keep one.
					if (pool.getMinimumIdle() == 0) {
						log.info("spring.datasource.hikari.minimum-idle raised from 0 to 1: other instances tell "
								+ "this one is alive by its database sessions");
						pool.setMinimumIdle(1);
					}
				}
				return bean;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource pool && name.equals("dataSource")) {
					return new ConnectionWaits(pool, settings.getObject().connections().backgroundWait());
				}
				return bean;
			}

		};
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(NoDatabaseConfigured.class)
	static class Embedded {

		// PostgreSQL's defaults, where zonky changes them for test speed (it starts the
		// server with -F, fsync off, which a later setting overrides): a committed order
		// must survive a power cut, not only a crash of the process.
		private static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on",
				"full_page_writes", "on");

		@Bean(destroyMethod = "close")
		EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
			var embedded = settings.embedded();
			var serverSettings = new HashMap<>(embedded.serverSettings());
			serverSettings.putAll(DURABLE);
			var database = EmbeddedDatabase.start(embedded.dataDirectory(), embedded.port(), serverSettings, true);
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
