package app.database;

import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the database: how connections are waited for, and the embedded PostgreSQL,
 * used only when no {@code spring.datasource.url} is configured.
 *
 * @param connections how long who waits for the database
 * @param embedded where the embedded server keeps its data and how it is reached
 */
@Validated
@ConfigurationProperties("agora.database")
record DatabaseSettings(@Valid @DefaultValue Connections connections, @Valid @DefaultValue Embedded embedded) {

	/**
	 * Requests wait for a pooled connection at most the pool's own timeout
	 * ({@code spring.datasource.hikari.connection-timeout}).
	 *
	 * @param backgroundWait how long background work (event listeners, scheduled jobs)
	 * waits for a connection before it fails, to be tried again later
	 * @param healthCheckTimeout how long readiness waits for the database before it says
	 * DOWN
	 */
	record Connections(@NotNull @DefaultValue("30s") Duration backgroundWait,
			@NotNull @DefaultValue("1s") Duration healthCheckTimeout) {
	}

	/**
	 * @param dataDirectory the PostgreSQL data directory; kept across restarts
	 * @param port the port to listen on (loopback only); 0 picks a free one at every
	 * start
	 * @param databaseName the database (and owning role) Agora creates and uses
	 * @param serverSettings more {@code postgresql.conf} settings, such as
	 * {@code server-settings[shared_preload_libraries]=pg_stat_statements} for the
	 * benchmark's statement statistics; those that keep commits durable always win
	 */
	record Embedded(@NotNull @DefaultValue("./data/postgres") Path dataDirectory,
			@Min(0) @Max(65535) @DefaultValue("0") int port,
			@Pattern(regexp = EmbeddedDatabase.NAME_PATTERN) @DefaultValue("agora") String databaseName,
			@DefaultValue Map<String, String> serverSettings) {
	}
}
