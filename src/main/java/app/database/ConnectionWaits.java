package app.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The connection pool as requests and background work meet it. A request asks once and
 * waits at most the pool's own timeout
 * ({@code spring.datasource.hikari.connection-timeout}, 2 s), so that a database that is
 * down or overloaded is answered with a 503 at once and never holds a client for long.
 * Background work (event listeners, scheduled jobs) asks again until
 * {@code agora.database.connections.background-wait} (30 s) has passed: a burst of
 * requests should not fail work that no client waits for.
 */
final class ConnectionWaits extends DelegatingDataSource {

	/** Not to spin when the pool fails at once, as a closed or failing pool does. */
	private static final Duration PAUSE = Duration.ofMillis(100);

	private final Duration backgroundWait;

	ConnectionWaits(DataSource pool, Duration backgroundWait) {
		super(pool);
		this.backgroundWait = backgroundWait;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (servesARequest()) {
			return super.getConnection();
		}
		long deadline = System.nanoTime() + backgroundWait.toNanos();
		while (true) {
			long asked = System.nanoTime();
			try {
				return super.getConnection();
			}
			catch (SQLTransientConnectionException timedOut) {
				if (System.nanoTime() - deadline >= 0) {
					throw timedOut;
				}
				pauseIfQuick(asked);
			}
		}
	}

	private static boolean servesARequest() {
		return RequestContextHolder.getRequestAttributes() != null;
	}

	private static void pauseIfQuick(long asked) throws SQLException {
		long pause = PAUSE.toNanos() - (System.nanoTime() - asked);
		if (pause > 0) {
			try {
				Thread.sleep(Duration.ofNanos(pause).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SQLException("Interrupted while waiting for a database connection", ex);
			}
		}
	}

}
