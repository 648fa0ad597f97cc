package app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL itself confines each module to its schema (ADR 0029): logged in as a
 * module's role, a query on another module's table is refused, while the shop's login
 * acts as every role.
 */
@SpringBootTest
class ModuleRolesTests {

	static final List<String> MODULES = StandaloneModule.BUSINESS_SCHEMAS;

	/**
	 * Every schema with migrations, as a SQL list: the business modules', the gateway's,
	 * the registry's.
	 */
	static final String SCHEMAS = "'catalog', 'users', 'orders', 'payments', 'notifications', 'recommendations', "
			+ "'gateway', 'event_publication'";

	private final JdbcClient jdbc;

	private final String url;

	ModuleRolesTests(JdbcClient jdbc, @Value("${spring.datasource.url}") String url) {
		this.jdbc = jdbc;
		this.url = url;
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void aModulesRoleReadsItsOwnTablesAndNoOtherModules(String module) throws SQLException {
		var tables = jdbc.sql("""
				SELECT schemaname, tablename FROM pg_tables
				WHERE schemaname IN (%s)""".formatted(SCHEMAS))
			.query((row, number) -> new Table(row.getString(1), row.getString(2)))
			.list();
		assertThat(tables).extracting(Table::schema).contains(module);

		try (var connection = DriverManager.getConnection(url, "agora_" + module, null);
				var statement = connection.createStatement()) {
			for (var table : tables) {
				var query = "SELECT count(*) FROM " + table.schema() + "." + table.name();
				if (table.schema().equals(module)) {
					statement.executeQuery(query).close();
				}
				else {
					assertThatExceptionOfType(SQLException.class).as(query)
						.isThrownBy(() -> statement.executeQuery(query))
						.satisfies(refused -> assertThat(refused.getSQLState()).isEqualTo("42501"));
				}
			}
		}
	}

	@Test
	void everySchemaBelongsToItsRoleAndTheShopsLoginActsAsEach() {
		var owners = jdbc.sql("""
				SELECT n.nspname, pg_get_userbyid(n.nspowner) FROM pg_namespace n
				WHERE n.nspname IN (%s)""".formatted(SCHEMAS))
			.query((row, number) -> List.of(row.getString(1), row.getString(2)))
			.list();
		assertThat(owners).hasSize(8).allSatisfy(it -> assertThat(it.get(1)).isEqualTo("agora_" + it.get(0)));
		var foreignObjects = jdbc.sql("""
				SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname IN (%s) AND pg_get_userbyid(c.relowner) <> 'agora_' || n.nspname""".formatted(SCHEMAS))
			.query(String.class)
			.list();
		assertThat(foreignObjects).as("objects not owned by their schema's role").isEmpty();
	}

	@Test
	void theOperatorsScriptCreatesARoleForEverySchemaWithMigrations() throws IOException {
		var script = new ClassPathResource("db/module-roles.sql").getContentAsString(StandardCharsets.UTF_8);
		var created = new TreeSet<String>();
		var matcher = Pattern.compile("'(agora_[a-z_]+)'").matcher(script);
		while (matcher.find()) {
			created.add(matcher.group(1));
		}
		var schemas = new TreeSet<String>();
		for (var folder : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/*/V1__*.sql")) {
			var path = folder.getURL().getPath();
			schemas.add("agora_" + path.replaceAll(".*/db/migration/([^/]+)/.*", "$1"));
		}
		assertThat(created).isEqualTo(schemas);
		var granted = script.substring(script.lastIndexOf("GRANT "), script.indexOf("TO :\"login\""));
		assertThat(granted).as("roles granted to the shop's login").contains(created);
	}

	record Table(String schema, String name) {
	}

}
