package app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server that Agora runs itself, from binaries shipped in the jar, with
 * its data in a directory of our choosing. It listens on loopback only and trusts local
 * connections: it is the laptop and single-machine default, not a production database
 * (see ADR 0003).
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String NAME_PATTERN = "[a-z_][a-z0-9_]{0,62}";

	/**
	 * The SQL an operator runs to set up the module roles; the embedded server runs it
	 * itself.
	 */
	static final String MODULE_ROLES = "/db/module-roles.sql";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration ORPHAN_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts PostgreSQL on the given data directory, creating the cluster there on first
	 * use.
	 * @param dataDirectory created if missing; an existing cluster in it is reused
	 * @param port 0 for any free port
	 * @param serverSettings {@code postgresql.conf} settings applied to this run
	 * @param keepData false to delete the data directory when the server stops (tests)
	 */
	public static EmbeddedDatabase start(Path dataDirectory, int port, Map<String, String> serverSettings,
			boolean keepData) {

		var directory = dataDirectory.toAbsolutePath().normalize();
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(!keepData)
			// Stopped by close(), from the Spring context, after the connection pool:
			// zonky's own JVM hook would stop PostgreSQL while the application still
			// needs it during shutdown.
			.setRegisterShutdownHook(false)
			.setPGStartupWait(STARTUP_TIMEOUT)
			.setDataDirectoryCustomizer(it -> stopServerOrphanedByCrash(it.toPath()));
		if (port != 0) {
			builder.setPort(port);
		}
		serverSettings.forEach(builder::setServerConfig);
		try {
			return new EmbeddedDatabase(builder.start(), directory);
		}
		catch (OverlappingFileLockException ex) {
			// Held by this very JVM: another application context started on the same
			// directory.
			throw new DataDirectoryInUse(directory, ex);
		}
		catch (IllegalStateException ex) {
			if (String.valueOf(ex.getMessage()).startsWith("could not lock")) {
				throw new DataDirectoryInUse(directory, ex);
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/**
	 * Creates a login role and a database it owns, both named {@code name}, unless they
	 * exist, sets up the module roles and lets that login act as each (ADR 0029) unless
	 * it is one of them, and returns the JDBC URL. The application connects as this owner
	 * rather than as the superuser, as it would to a managed server.
	 */
	public String createDatabaseIfMissing(String name) {
		var url = createDatabaseIfMissing(name, name);
		var script = moduleRoles(name);
		if (script.contains("'" + name + "'")) {
			// A module's own database (agora_payments): its login is the module's role,
			// which acts as no other.
			return url;
		}
		withSuperuser(statement -> statement.execute(script));
		return url;
	}

	/**
	 * Creates a database owned by {@code owner}, a login role created unless it exists,
	 * and returns its JDBC URL: the database of a module running alone as its own role.
	 */
	public synchronized String createDatabaseIfMissing(String name, String owner) {
		for (var identifier : new String[] { name, owner }) {
			if (!identifier.matches(NAME_PATTERN)) {
				throw new IllegalArgumentException("Not a plain database or role name: " + identifier);
			}
		}
		withSuperuser(statement -> {
			statement.execute("""
					DO $$ BEGIN
					  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s LOGIN; END IF;
					END $$""".formatted(owner));
			try (var existing = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
				if (!existing.next()) {
					statement.execute("CREATE DATABASE " + name + " OWNER " + owner);
					log.info("Created database {} in the embedded PostgreSQL", name);
				}
			}
		});
		return jdbcUrl(name);
	}

	/** The operator's script of the module roles, as run for {@code login}. */
	static String moduleRoles(String login) {
		try (var script = EmbeddedDatabase.class.getResourceAsStream(MODULE_ROLES)) {
			if (script == null) {
				throw new IllegalStateException(MODULE_ROLES + " is missing");
			}
			return new String(script.readAllBytes(), StandardCharsets.UTF_8).replace(":\"login\"", login);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private synchronized void withSuperuser(SqlWork work) {
		try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", null);
				var statement = connection.createStatement()) {
			work.run(statement);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set up the embedded PostgreSQL", ex);
		}
	}

	@FunctionalInterface
	private interface SqlWork {

		void run(Statement statement) throws SQLException;

	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:%d/%s".formatted(postgres.getPort(), database);
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	public int port() {
		return postgres.getPort();
	}

	/**
	 * Stops PostgreSQL with a fast shutdown: open transactions roll back, committed data
	 * is on disk.
	 */
	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Another process holds the data directory: two servers on one directory would
	 * corrupt it.
	 */
	static class DataDirectoryInUse extends IllegalStateException {

		final Path directory;

		DataDirectoryInUse(Path directory, Throwable cause) {
			super("The data directory " + directory + " is in use by another process", cause);
			this.directory = directory;
		}

	}

	/*
	 * PostgreSQL runs in a session of its own, so when the JVM that started it is killed
	 * outright, the server lives on and would keep the next start from using the
	 * directory. It is ours (we hold the directory's lock), so stop it.
	 */
	private static void stopServerOrphanedByCrash(Path dataDirectory) {
		var pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		try {
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			var orphan = ProcessHandle.of(pid)
				.filter(it -> it.info().command().map(command -> command.endsWith("postgres")).orElse(false));
			if (orphan.isPresent()) {
				log.warn("Stopping PostgreSQL (pid {}) left running in {} by an Agora that did not shut down cleanly",
						pid, dataDirectory);
				orphan.get().destroy();
				orphan.get().onExit().get(ORPHAN_SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			}
		}
		catch (IOException | RuntimeException | ExecutionException | TimeoutException ex) {
			log.warn("Could not check {} for a server left running; starting anyway", pidFile, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
