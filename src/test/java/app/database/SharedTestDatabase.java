package app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.StringUtils;

/**
 * One embedded PostgreSQL for the whole test JVM, started on first use, and a fresh
 * database in it for every Spring test context, so contexts never see each other's data;
 * beside it, the key that signs the test run's access tokens. Registered for all tests in
 * {@code META-INF/spring.factories}; a test that configures {@code spring.datasource.url}
 * itself is left alone.
 */
public class SharedTestDatabase implements ContextCustomizerFactory {

	// Durability is worth nothing to a throw-away test database; speed is. Connections:
	// up to 32 cached test contexts, each with its pool, beside the shops that tests
	// start themselves, ran past PostgreSQL's 100.
	private static final Map<String, String> FAST = Map.of("fsync", "off", "synchronous_commit", "off",
			"full_page_writes", "off", "max_connections", "300");

	private static final AtomicInteger databases = new AtomicInteger();

	private static volatile EmbeddedDatabase server;

	/** The modules whose tests alone log in as the module's role (ADR 0029). */
	private static final Set<String> MODULES_WITH_ROLES = Set.of("catalog", "users", "orders", "payments",
			"notifications", "recommendations");

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new FreshDatabase(moduleRoleOf(testClass));
	}

	/**
	 * A business module's test that starts the module alone runs as the module's role, on
	 * a database that role owns: any query of another module's table is refused.
	 */
	private static @Nullable String moduleRoleOf(Class<?> testClass) {
		if (!MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(ApplicationModuleTest.class)) {
			return null;
		}
		var module = testClass.getPackageName().replaceFirst("^app\\.", "").replaceFirst("\\..*", "");
		return MODULES_WITH_ROLES.contains(module) ? "agora_" + module : null;
	}

	/**
	 * The shared server, started on first use and stopped after the last application
	 * context has closed.
	 */
	static synchronized EmbeddedDatabase server() {
		if (server == null) {
			try {
				server = EmbeddedDatabase.start(Files.createTempDirectory("agora-test").resolve("postgres"), 0, FAST,
						false);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			SpringApplication.getShutdownHandlers().add(server::close);
		}
		return server;
	}

	/**
	 * Settings that point an application at a new database of its own in the shared
	 * server, for tests that start and stop applications themselves: several of them one
	 * after the other on the same settings share the database, as restarts of one shop
	 * do.
	 */
	public static Map<String, String> newDatabase() {
		var name = "test_" + databases.incrementAndGet();
		return settings(server().createDatabaseIfMissing(name), name);
	}

	/**
	 * Settings that point an application at a new database owned by {@code role}, as
	 * which it logs in: a module running alone as its role (ADR 0029).
	 */
	public static Map<String, String> newDatabase(String role) {
		var name = "test_" + databases.incrementAndGet();
		return settings(server().createDatabaseIfMissing(name, role), role);
	}

	private static Map<String, String> settings(String url, String login) {
		// Not a shop on its own: no local data (app.database.LocalData), as with any
		// external database.
		return Map.of("spring.datasource.url", url, "spring.datasource.username", login,
				"agora.gateway.tokens.key-file", keyFile().toString(), LocalData.PROPERTY, "");
	}

	private static Path keyFile() {
		return server().dataDirectory().getParent().resolve("token-signing-key.pem");
	}

	/**
	 * Points one test context at a database of its own, as the module's role where it has
	 * one. Equal to every other of the same role, so contexts stay cacheable.
	 */
	record FreshDatabase(@Nullable String role) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
				return;
			}
			// With an external database Agora makes up no token signing key: one beside
			// the test server's data.
			TestPropertyValues.of(role == null ? newDatabase() : newDatabase(role)).applyTo(context);
		}

	}

}
