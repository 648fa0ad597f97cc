package app.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Gives each schema to the role named after it ({@code agora_<schema>}), so that
 * PostgreSQL itself keeps a module's role out of every other schema (ADR 0029). The roles
 * come from {@code db/module-roles.sql}, which an operator runs once (the embedded server
 * runs it itself); where a role is missing, or the login may not act as it, the login
 * keeps the schema, as with a single login.
 */
final class SchemaOwners {

	static final String ROLE_PREFIX = "agora_";

	private final DataSource connections;

	SchemaOwners(DataSource connections) {
		this.connections = connections;
	}

	static String roleOf(String schema) {
		return ROLE_PREFIX + schema;
	}

	/**
	 * The role the schema belongs to, once it is created and everything in it given to
	 * that role; empty when the login keeps it.
	 */
	Optional<String> claim(String schema) {
		if (!schema.matches(EmbeddedDatabase.NAME_PATTERN)) {
			throw new IllegalArgumentException("Not a plain schema name: " + schema);
		}
		var role = roleOf(schema);
		try (var connection = connections.getConnection()) {
			var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			boolean usable = jdbc
				.sql("""
						SELECT COALESCE((SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = :role),
						  false)""")
				.param("role", role)
				.query(Boolean.class)
				.single();
			if (!usable) {
				return Optional.empty();
			}
			giveTo(connection, schema, role);
			return Optional.of(role);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not give schema " + schema + " to role " + role, ex);
		}
	}

	/*
	 * The role may create in the database (a schema of its own, a trusted extension such
	 * as pg_trgm) when the login owns it; it reads nothing more by that. A schema created
	 * before the roles (an older Agora, or a database first run with one login) is handed
	 * over with what is in it; owned sequences move with their tables.
	 */
	private static void giveTo(Connection connection, String schema, String role) throws SQLException {
		try (var statement = connection.createStatement()) {
			// Instances starting together take turns; a table busy with an older
			// instance's requests fails this start within seconds rather than stall them.
			statement.execute("SELECT pg_advisory_lock(hashtext('agora'), hashtext('schema-owners'))");
			statement.execute("SET lock_timeout = '10s'");
			statement.execute("""
					DO $$ BEGIN
					  IF NOT has_database_privilege('%1$s', current_database(), 'CREATE') THEN
					    EXECUTE format('GRANT CREATE ON DATABASE %%I TO %1$s', current_database());
					  END IF;
					EXCEPTION WHEN insufficient_privilege THEN NULL;
					END $$""".formatted(role));
			statement.execute("CREATE SCHEMA IF NOT EXISTS %1$s AUTHORIZATION %2$s; ALTER SCHEMA %1$s OWNER TO %2$s"
				.formatted(schema, role));
			statement.execute(
					"""
							DO $$ DECLARE o record; BEGIN
							  FOR o IN SELECT c.oid::regclass AS name FROM pg_class c
							    WHERE c.relnamespace = '%1$s'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
							      AND c.relowner <> '%2$s'::regrole LOOP
							    EXECUTE format('ALTER TABLE %%s OWNER TO %2$s', o.name);
							  END LOOP;
							  FOR o IN SELECT c.oid::regclass AS name FROM pg_class c
							    WHERE c.relnamespace = '%1$s'::regnamespace AND c.relkind = 'S' AND c.relowner <> '%2$s'::regrole LOOP
							    EXECUTE format('ALTER SEQUENCE %%s OWNER TO %2$s', o.name);
							  END LOOP;
							  FOR o IN SELECT p.oid::regprocedure AS name FROM pg_proc p
							    WHERE p.pronamespace = '%1$s'::regnamespace AND p.proowner <> '%2$s'::regrole LOOP
							    EXECUTE format('ALTER ROUTINE %%s OWNER TO %2$s', o.name);
							  END LOOP;
							END $$"""
						.formatted(schema, role));
		}
	}

	/**
	 * What Flyway runs on each of its connections, after what is configured
	 * ({@code spring.flyway.init-sqls}), so that what it creates is the role's.
	 */
	static @Nullable String initSql(@Nullable String configured, Optional<String> role) {
		if (role.isEmpty()) {
			return configured;
		}
		var setRole = "SET ROLE " + role.get();
		return configured == null || configured.isBlank() ? setRole : configured + ";\n" + setRole;
	}

}
