package app.database;

import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
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
 * piece that can be moved to another database with the module (ADR 0002). The event
 * publication registry's schema is migrated first; in a module test only the modules it
 * starts are migrated.
 */
@Component
class ModuleSchemaMigrations implements FlywayMigrationStrategy {

	/** The schema of Spring Modulith's event publication registry, owned by no module. */
	static final String EVENT_PUBLICATION_SCHEMA = "event_publication";

	private static final Logger log = LoggerFactory.getLogger(ModuleSchemaMigrations.class);

	private final ApplicationModuleIdentifiers modules;

	private final MigrationFilter activeModulesWithMigrations;

	ModuleSchemaMigrations(ApplicationModuleIdentifiers modules, BeanFactory beanFactory,
			ResourcePatternResolver resources) {
		this.modules = modules;
		this.activeModulesWithMigrations = new ActiveModules(beanFactory).and(new HasMigrationFiles(resources));
	}

	@Override
	public void migrate(Flyway flyway) {
		var moduleSchemas = modules.stream()
			.filter(module -> activeModulesWithMigrations.shouldMigrate(module, flyway))
			.map(ApplicationModuleIdentifier::toString);
		Stream.concat(Stream.of(EVENT_PUBLICATION_SCHEMA), moduleSchemas).forEach(schema -> migrate(flyway, schema));
	}

	private static void migrate(Flyway flyway, String schema) {
		var configuration = flyway.getConfiguration();
		var locations = Stream.of(configuration.getLocations())
			.map(Location::toString)
			.map(location -> location + "/" + schema)
			.toArray(String[]::new);
		var result = Flyway.configure()
			.configuration(configuration)
			.dataSource(outsideThePool(configuration.getDataSource()))
			.locations(locations)
			.schemas(schema)
			.defaultSchema(schema)
			.load()
			.migrate();
		if (result.migrationsExecuted > 0) {
			log.info("Migrated schema {} to version {} ({} migrations)", schema, result.targetSchemaVersion,
					result.migrationsExecuted);
		}
	}

	/*
	 * Flyway holds its lock on one connection while it migrates on a second: taken from
	 * the pool, that is a thread holding a connection and waiting for another, which a
	 * small pool cannot serve. Flyway gets connections of its own, with the pool's
	 * settings.
	 */
	private static DataSource outsideThePool(DataSource pooled) {
		HikariDataSource pool;
		try {
			pool = pooled.unwrap(HikariDataSource.class);
		}
		catch (SQLException notHikari) {
			return pooled;
		}
		var own = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		own.setConnectionProperties(pool.getDataSourceProperties());
		return own;
	}

}
