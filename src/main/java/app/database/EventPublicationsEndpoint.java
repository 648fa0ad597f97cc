package app.database;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/eventpublications}: the work between modules that is not done yet, for
 * operators. Reading lists every incomplete publication (which event, for which listener,
 * in which state, tried how often); writing resubmits every failed one at once, without
 * waiting for its backoff, as after a fix is deployed. For administrators only (the
 * gateway module decides).
 */
@Component
@Endpoint(id = "eventpublications")
class EventPublicationsEndpoint {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationsEndpoint.class);

	/**
	 * Enough for an operator to see what is wrong; a backlog beyond it is one already.
	 */
	private static final int LISTED = 1000;

	private final JdbcClient jdbc;

	private final FailedEventPublications failed;

	EventPublicationsEndpoint(JdbcClient jdbc, FailedEventPublications failed) {
		this.jdbc = jdbc;
		this.failed = failed;
	}

	/**
	 * One publication whose listener has not completed.
	 *
	 * @param status as the registry has it: PUBLISHED, PROCESSING, FAILED or RESUBMITTED
	 * @param attempts deliveries so far, the first included
	 */
	record Incomplete(String id, String event, String listener, @Nullable String status, Instant publishedAt,
			int attempts, @Nullable Instant lastResubmittedAt) {
	}

	/** The oldest incomplete publications, oldest first. */
	@ReadOperation
	List<Incomplete> incomplete() {
		// The registry's table, read as it stands: its API has no bounded listing.
		return jdbc
			.sql("""
					SELECT id, event_type, listener_id, status, publication_date, completion_attempts, last_resubmission_date
					FROM event_publication.event_publication WHERE completion_date IS NULL
					ORDER BY publication_date LIMIT ?""")
			.param(LISTED)
			.query((row, number) -> new Incomplete(row.getString("id"), row.getString("event_type"),
					row.getString("listener_id"), row.getString("status"),
					row.getTimestamp("publication_date").toInstant(), row.getInt("completion_attempts"),
					row.getTimestamp("last_resubmission_date") == null ? null
							: row.getTimestamp("last_resubmission_date").toInstant()))
			.list();
	}

	@WriteOperation
	void resubmitFailed() {
		log.info("Resubmitting every failed event publication, as an operator asked");
		failed.resubmit(ResubmissionOptions.defaults().withBatchSize(Integer.MAX_VALUE));
	}

}
