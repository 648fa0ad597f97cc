package app.database;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Resumes soon the event publications that no one works on any more, instead of after the
 * staleness durations (ADR 0013, 0025). They are marked failed, as the staleness monitor
 * would mark them minutes later, and resubmitted at once, or by the next round if another
 * instance holds the round (one instance at a time resubmits:
 * FailedPublicationResubmission). Checked at start-up and every
 * {@code orphan-check-interval}.
 * <ul>
 * <li>Those of an instance that died (killed, crashed, its machine gone): its name has
 * had no session in the database for two intervals, seen by this instance. That is how a
 * restarted instance picks up what its predecessor left, and how the survivors of several
 * instances do; an instance that is alive reconnects within an interval, as this check
 * itself needs a connection.
 * <li>This instance's own that a database outage stranded: a listener that failed while
 * the database was away could not record its failure either, and one that completed as
 * the database went down could not record that; either stays "processing". After
 * PostgreSQL restarted (its start time changed since the last check), or after a check
 * failed for want of the database, the next check takes this instance's publications from
 * before.
 * </ul>
 * Work taken that was still running after all (a listener that waited out the outage)
 * runs twice, which the listeners, all idempotent, absorb. A machine that vanished
 * without closing its connections looks alive until TCP gives up on them; the staleness
 * durations still catch its publications.
 */
@Component
class OrphanedPublications implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPublications.class);

	private final JdbcClient jdbc;

	private final FailedPublicationResubmission resubmission;

	private final Instance instance;

	private final EventPublicationSettings settings;

	private final Clock clock;

	/** Instances seen without a session, since when. */
	private final Map<String, Instant> absentSince = new ConcurrentHashMap<>();

	/** When a check first failed for want of the database, until one succeeds. */
	private volatile @Nullable Instant outageSince;

	/** When PostgreSQL last started, as the last check saw it. */
	private volatile @Nullable Instant serverStarted;

	OrphanedPublications(JdbcClient jdbc, FailedPublicationResubmission resubmission, Instance instance,
			EventPublicationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.resubmission = resubmission;
		this.instance = instance;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		var interval = settings.orphanCheckInterval();
		tasks.addFixedDelayTask(new FixedDelayTask(this::resumeSafely, interval, interval));
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		resumeSafely();
	}

	/** Marks the orphans failed and resubmits them; returns how many there were. */
	int resume() {
		var now = clock.instant();
		var gone = confirmedGone(now);
		var strandedBefore = strandedBefore();
		if (gone.isEmpty() && strandedBefore == null) {
			return 0;
		}
		// Conditional, by our own instance column (V3), which the registry's API lacks.
		var orphans = new HashSet<>(jdbc.sql("""
				UPDATE event_publication.event_publication SET status = 'FAILED'
				WHERE completion_date IS NULL
				  AND status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
				  AND (instance = ANY (:gone)
				       OR (instance = :self AND coalesce(last_resubmission_date, publication_date) < :stranded))
				RETURNING id""")
			.param("gone", gone.toArray(String[]::new))
			.param("self", instance.name())
			.param("stranded", (strandedBefore == null ? Instant.EPOCH : strandedBefore).atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.list());
		outageSince = null;
		if (orphans.isEmpty()) {
			return 0;
		}
		log.info("Resuming {} event publications left by instances that are gone ({}) or stranded by an outage",
				orphans.size(), gone.isEmpty() ? "none" : String.join(", ", gone));
		resubmission.resubmitNow(orphans);
		return orphans.size();
	}

	/**
	 * Before when this instance's own work may have been stranded: the start of an outage
	 * a check met, or PostgreSQL's restart since the last check; null if neither
	 * happened.
	 */
	private @Nullable Instant strandedBefore() {
		var started = jdbc.sql("SELECT pg_postmaster_start_time()").query(OffsetDateTime.class).single().toInstant();
		var previous = serverStarted;
		serverStarted = started;
		var stranded = outageSince;
		if (previous != null && started.isAfter(previous)) {
			log.info("PostgreSQL restarted at {}: this instance's unfinished work from before is resumed", started);
			stranded = stranded == null || started.isAfter(stranded) ? started : stranded;
		}
		return stranded;
	}

	/**
	 * The other instances with incomplete publications that have had no session for two
	 * intervals: long enough for a live one to reconnect after losing its connections.
	 */
	private Set<String> confirmedGone(Instant now) {
		var absent = new HashSet<>(jdbc.sql("""
				SELECT DISTINCT instance FROM event_publication.event_publication publication
				WHERE completion_date IS NULL AND status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
				  AND instance IS NOT NULL AND instance <> :self
				  AND NOT EXISTS (SELECT FROM pg_stat_activity WHERE application_name = publication.instance)""")
			.param("self", instance.name())
			.query(String.class)
			.list());
		absentSince.keySet().retainAll(absent);
		absent.forEach(name -> absentSince.putIfAbsent(name, now));
		var confirmation = settings.orphanCheckInterval().multipliedBy(2);
		var gone = new HashSet<String>();
		absentSince.forEach((name, since) -> {
			if (!since.plus(confirmation).isAfter(now)) {
				gone.add(name);
			}
		});
		return gone;
	}

	/**
	 * Notes that a check failed, most likely for want of the database: the next that
	 * succeeds also takes this instance's own work from before.
	 */
	void checkFailed(Instant when) {
		if (outageSince == null) {
			outageSince = when;
		}
	}

	private void resumeSafely() {
		try {
			resume();
		}
		catch (RuntimeException ex) {
			checkFailed(clock.instant());
			log.warn("Could not look for event publications left unworked; trying again in {}: {}",
					settings.orphanCheckInterval(), ex.getMessage());
		}
	}

}
