package app.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A failure that means the database could not be used, rather than that the request or
 * the code was wrong: every pooled connection stayed busy, or the database is down,
 * unreachable or restarting, or it dropped the connection under a request. The same
 * request may well succeed a moment later, so it is answered 503 with
 * {@code Retry-After}, never 500.
 */
enum UnavailableDatabase {

	/** No pooled connection became free in time, while the database itself answered. */
	BUSY("busy", "1", "The shop is too busy to answer right now. Try again in a moment."),

	/** The database could not be reached, or failed under the request. */
	DOWN("database-unavailable", "5", "The shop cannot reach its database right now. Try again in a few seconds.");

	final String type;

	final String retryAfterSeconds;

	final String detail;

	UnavailableDatabase(String type, String retryAfterSeconds, String detail) {
		this.type = type;
		this.retryAfterSeconds = retryAfterSeconds;
		this.detail = detail;
	}

	ProblemDetail problem() {
		return ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, type, detail);
	}

	/**
	 * What the failure says of the database, or null when it is about something else. SQL
	 * states: class 08 is a connection failure, 57P0x an administrator's or a crash's
	 * shutdown or a server still starting, 53300 too many connections.
	 */
	static @Nullable UnavailableDatabase of(Throwable failure) {
		boolean noConnection = false;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// A rollback that failed after the statement failed hides the statement's
			// failure, which tells why, outside the chain of causes.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
				var hidden = of(rollback.getApplicationException());
				if (hidden != null) {
					return hidden;
				}
			}
			if (cause instanceof SQLException sql && isDatabaseGone(sql.getSQLState())) {
				return DOWN;
			}
			// A commit or rollback that failed without a SQL state: the pool had closed
			// the
			// connection under the transaction, as it does once the database dropped it.
			if (cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException sql
					&& sql.getSQLState() == null) {
				return DOWN;
			}
			if (cause instanceof ConnectException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException || cause instanceof DataAccessResourceFailureException
							&& !(cause instanceof CannotGetJdbcConnectionException)) {
				return DOWN;
			}
			noConnection |= cause instanceof SQLTransientConnectionException
					|| cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof CannotCreateTransactionException;
		}
		return noConnection ? BUSY : null;
	}

	private static boolean isDatabaseGone(@Nullable String sqlState) {
		return sqlState != null
				&& (sqlState.startsWith("08") || sqlState.startsWith("57P0") || sqlState.equals("53300"));
	}

}
