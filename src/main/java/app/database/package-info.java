/**
 * Where Agora's data lives. With no {@code spring.datasource.url} configured, Agora
 * starts its own PostgreSQL with data kept on disk; otherwise it uses the configured
 * server. Either way each module's schema is migrated from its own Flyway folder, and
 * identifiers map to columns the same way in every module.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = { "web" })
@NullMarked
package app.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
