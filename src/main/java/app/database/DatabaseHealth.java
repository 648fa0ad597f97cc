package app.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of readiness ({@code db}), answered within
 * {@code agora.database.connections.health-check-timeout} (1 s) whatever the database
 * does: Spring Boot's own check waits for a connection as long as the pool lets it, which
 * kept readiness from saying DOWN for up to 30 s during an outage, past any probe's
 * timeout. The check runs on a thread of its own, one at a time; a probe that comes while
 * it still waits gets DOWN.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	private final DataSource dataSource;

	private final Duration timeout;

	private final ExecutorService checks = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "database-health");
		thread.setDaemon(true);
		return thread;
	});

	private @Nullable Future<Health> running;

	DatabaseHealth(DataSource dataSource, DatabaseSettings settings) {
		this.dataSource = dataSource;
		this.timeout = settings.connections().healthCheckTimeout();
	}

	@Override
	public Health health() {
		Future<Health> check;
		synchronized (this) {
			if (running == null || running.isDone()) {
				running = checks.submit(this::check);
			}
			check = running;
		}
		try {
			return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("error", "The database did not answer within " + timeout).build();
		}
		catch (ExecutionException ex) {
			return Health.down().withDetail("error", String.valueOf(ex.getCause().getMessage())).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	private Health check() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			if (!connection.isValid((int) Math.max(1, timeout.toSeconds()))) {
				return Health.down().withDetail("error", "The connection is no longer valid").build();
			}
			return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
		}
	}

	@Override
	public void destroy() {
		checks.shutdownNow();
	}

}
