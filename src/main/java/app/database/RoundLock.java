package app.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A PostgreSQL advisory lock that one instance at a time holds for a round of work, taken
 * on a session of its own outside the pool: the work takes pooled connections and commits
 * as it goes, so the lock must hold none of them. The session is kept between rounds; the
 * lock ends with the round, or with the session of an instance that dies.
 */
final class RoundLock implements AutoCloseable {

	private final @Nullable DataSource pool;

	private final String name;

	private @Nullable DataSource own;

	private @Nullable Connection session;

	RoundLock(@Nullable DataSource pool, String name) {
		this.pool = pool;
		this.name = name;
	}

	/**
	 * Runs the work holding the lock; false, without running it, when another holds it.
	 */
	synchronized boolean runAlone(Runnable work) {
		Connection connection;
		try {
			connection = session();
			if (!lock(connection, "pg_try_advisory_lock")) {
				return false;
			}
		}
		catch (SQLException ex) {
			close();
			throw new DataAccessResourceFailureException("Could not take the " + name + " lock", ex);
		}
		try {
			work.run();
			return true;
		}
		finally {
			try {
				lock(connection, "pg_advisory_unlock");
			}
			catch (SQLException ex) {
				// A session that cannot unlock is gone, and the lock with it.
				close();
			}
		}
	}

	private boolean lock(Connection connection, String function) throws SQLException {
		try (var statement = connection.prepareStatement("SELECT " + function + "(hashtext('agora'), hashtext(?))")) {
			statement.setString(1, name);
			try (var result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private Connection session() throws SQLException {
		if (session != null && session.isValid(1)) {
			return session;
		}
		close();
		if (own == null) {
			if (pool == null) {
				throw new SQLException("No database to take the " + name + " lock in");
			}
			own = OwnConnections.outsideThePool(pool);
		}
		session = own.getConnection();
		session.setAutoCommit(true);
		return session;
	}

	@Override
	public synchronized void close() {
		if (session != null) {
			try {
				session.close();
			}
			catch (SQLException alreadyGone) {
				// Nothing to give back.
			}
			session = null;
		}
	}

}
