package app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

import app.Agora;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A shop whose login has no module roles still starts, its login owning every schema;
 * once an operator runs {@code db/module-roles.sql}, the next start hands every schema,
 * with everything in it, to its role (ADR 0029).
 */
class SchemaOwnersTests {

	@Test
	void aShopFirstRunWithOneLoginHandsItsSchemasToTheRolesOnceTheyExist() throws Exception {
		var name = "single_login_shop";
		var url = SharedTestDatabase.server().createDatabaseIfMissing(name, name);
		var settings = new HashMap<>(SharedTestDatabase.newDatabase());
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", name);

		start(settings);
		assertThat(owners(url, name)).as("owners with one login").containsOnly(name);

		try (var connection = DriverManager.getConnection(SharedTestDatabase.server().jdbcUrl("postgres"), "postgres",
				null); var statement = connection.createStatement()) {
			statement.execute(EmbeddedDatabase.moduleRoles(name));
		}
		start(settings);
		assertThat(owners(url, name)).as("owners once the roles exist")
			.containsOnly("agora_catalog", "agora_users", "agora_orders", "agora_payments", "agora_notifications",
					"agora_recommendations", "agora_gateway", "agora_event_publication");
	}

	private static void start(Map<String, String> settings) {
		var arguments = settings.entrySet().stream().map(it -> "--" + it.getKey() + "=" + it.getValue());
		new SpringApplicationBuilder(Agora.class).run(arguments.toArray(String[]::new)).close();
	}

	/** Who owns the schemas, and every table, sequence and function in them. */
	private static java.util.List<String> owners(String url, String login) {
		var jdbc = JdbcClient.create(new DriverManagerDataSource(url, login, ""));
		return jdbc.sql("""
				SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname IN ('catalog', 'users', 'orders',
				  'payments', 'notifications', 'recommendations', 'gateway', 'event_publication')
				UNION SELECT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				  WHERE n.nspname IN ('catalog', 'users', 'orders', 'payments', 'notifications', 'recommendations',
				    'gateway', 'event_publication') AND c.relkind IN ('r', 'S', 'v', 'm')
				UNION SELECT pg_get_userbyid(p.proowner) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
				  WHERE n.nspname IN ('catalog', 'users', 'orders', 'payments', 'notifications', 'recommendations',
				    'gateway', 'event_publication')""").query(String.class).list();
	}

}
