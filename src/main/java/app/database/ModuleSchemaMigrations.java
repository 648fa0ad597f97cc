package app.database;

import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.ActiveModules;
import org.springframework.modulith.runtime.flyway.HasMigrationFiles;
import org.springframework.modulith.runtime.flyway.MigrationFilter;
import org.springframework.stereotype.Component;

/**
 * Migrates every module's schema on its own: the scripts in
 * {@code db/migration/<module>/} run against the schema named after the module, with that
 * schema's own Flyway history inside it. A module's schema is thus one self-contained
 * piece that can be moved to another database with the module (ADR 0002). Where the
 * module roles are set up, each schema belongs to its role and is migrated as that role
 * (ADR 0029). The event publication registry's schema is migrated first; in a module
 * test, or a process that runs some modules only, only the modules it starts are
 * migrated.
 */
@Component
class ModuleSchemaMigrations implements FlywayMigrationStrategy {

	/** The schema of Spring Modulith's event publication registry, owned by no module. */
	static final String EVENT_PUBLICATION_SCHEMA = "event_publication";

	private static final Logger log = LoggerFactory.getLogger(ModuleSchemaMigrations.class);

	private final ApplicationModuleIdentifiers modules;

	private final MigrationFilter activeModulesWithMigrations;

	ModuleSchemaMigrations(ApplicationModuleIdentifiers modules, BeanFactory beanFactory,
			ResourcePatternResolver resources, ObjectProvider<MigrationFilter> filters) {
		this.modules = modules;
		this.activeModulesWithMigrations = filters.orderedStream()
			.reduce(new ActiveModules(beanFactory).and(new HasMigrationFiles(resources)), MigrationFilter::and);
	}

	@Override
	public void migrate(Flyway flyway) {
		var moduleSchemas = modules.stream()
			.filter(module -> activeModulesWithMigrations.shouldMigrate(module, flyway))
			.map(ApplicationModuleIdentifier::toString);
		var pooled = flyway.getConfiguration().getDataSource();
		// Flyway holds its lock on one connection while it migrates on a second: not from
		// the pool.
		var connections = OwnConnections.outsideThePool(pooled);
		// SET ROLE must not stay on a pooled connection: roles only on connections of our
		// own.
		var owners = new SchemaOwners(connections);
		var keptByLogin = Stream.concat(Stream.of(EVENT_PUBLICATION_SCHEMA), moduleSchemas)
			.filter(schema -> !migrate(flyway, connections, schema,
					connections == pooled ? Optional.empty() : owners.claim(schema)))
			.toList();
		if (!keptByLogin.isEmpty()) {
			log.info(
					"Schemas {} belong to this login, not to module roles (db/module-roles.sql sets those up; ADR 0029)",
					keptByLogin);
		}
	}

	/** Migrates the schema, as its role if it has one; says whether it had. */
	private static boolean migrate(Flyway flyway, DataSource connections, String schema, Optional<String> role) {
		var configuration = flyway.getConfiguration();
		var locations = Stream.of(configuration.getLocations())
			.map(Location::toString)
			.map(location -> location + "/" + schema)
			.toArray(String[]::new);
		var result = Flyway.configure()
			.configuration(configuration)
			.dataSource(connections)
			.initSql(SchemaOwners.initSql(configuration.getInitSql(), role))
			.locations(locations)
			.schemas(schema)
			.defaultSchema(schema)
			.load()
			.migrate();
		if (result.migrationsExecuted > 0) {
			log.info("Migrated schema {} to version {} ({} migrations)", schema, result.targetSchemaVersion,
					result.migrationsExecuted);
		}
		return role.isPresent();
	}

}
