package app.database;

import java.util.HashSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Resumes at once the event publications that an instance which died (killed, crashed,
 * its machine gone) was publishing or working on: those whose instance has no session
 * left in the database. They are marked failed, as the staleness monitor would mark them
 * minutes later, and resubmitted now; the registry lets only one instance resubmit each
 * (ADR 0013, 0025). Checked at start-up, which is how a restarted instance picks up what
 * its predecessor left, and every {@code orphan-check-interval} after, which is how the
 * survivors of several instances do.
 * <p>
 * An instance that lost its connections without dying (a database restart, a network cut)
 * looks dead for as long: its work may then run twice, which the listeners, all
 * idempotent, absorb. A machine that vanished without closing its connections looks alive
 * until TCP gives up on them; the staleness durations still catch its publications.
 */
@Component
class OrphanedPublications implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPublications.class);

	private static final int PUBLICATIONS_READ = 10_000;

	private final JdbcClient jdbc;

	private final FailedEventPublications failed;

	private final Instance instance;

	private final EventPublicationSettings settings;

	OrphanedPublications(JdbcClient jdbc, FailedEventPublications failed, Instance instance,
			EventPublicationSettings settings) {
		this.jdbc = jdbc;
		this.failed = failed;
		this.instance = instance;
		this.settings = settings;
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
		// Older than one check interval: a publication committed a moment ago by an
		// instance whose sessions are being replaced is not taken from it.
		var orphans = new HashSet<>(jdbc.sql("""
				UPDATE event_publication.event_publication AS publication SET status = 'FAILED'
				WHERE completion_date IS NULL
				  AND status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
				  AND instance IS NOT NULL AND instance <> :self
				  AND coalesce(last_resubmission_date, publication_date) < now() - make_interval(secs => :grace)
				  AND NOT EXISTS (SELECT FROM pg_stat_activity WHERE application_name = publication.instance)
				RETURNING id""")
			.param("self", instance.name())
			.param("grace", (double) settings.orphanCheckInterval().toMillis() / 1000)
			.query(UUID.class)
			.list());
		if (orphans.isEmpty()) {
			return 0;
		}
		log.info("Resuming {} event publications left by instances that are gone", orphans.size());
		failed.resubmit(ResubmissionOptions.defaults()
			.withBatchSize(PUBLICATIONS_READ)
			.withFilter(publication -> orphans.contains(publication.getIdentifier())));
		return orphans.size();
	}

	private void resumeSafely() {
		try {
			resume();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for event publications left by instances that are gone; trying again in {}",
					settings.orphanCheckInterval(), ex);
		}
	}

}
