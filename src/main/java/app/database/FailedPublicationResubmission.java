package app.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Tries failed event publications again, with an exponential backoff per publication, so
 * that a listener that failed (a gateway down, a bug fixed since) eventually completes
 * its work and every saga reaches its end. Publications left behind by a crash (still
 * published or in processing) are first marked failed by Spring Modulith's staleness
 * monitor ({@code spring.modulith.events.staleness.*}) and are then resubmitted here, by
 * whichever instance comes first.
 * <p>
 * One instance at a time: a round holds a PostgreSQL advisory lock ({@link RoundLock})
 * for as long as it reads and marks publications, and an instance that finds it taken
 * leaves the round to the other. The registry's own mark is not enough: it only refuses a
 * publication already marked resubmitted, and one whose listener has begun is marked
 * processing, so a second instance that read the same failed publication a moment earlier
 * resubmitted it again ({@code SeveralInstancesTests}). The lock is taken per round, not
 * held by a leader: an instance that dies gives it up with its session (ADR 0013, 0031).
 */
@Component
class FailedPublicationResubmission implements SchedulingConfigurer, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FailedPublicationResubmission.class);

	private static final int PUBLICATIONS_READ = 10_000;

	private final FailedEventPublications failed;

	private final EventPublicationSettings settings;

	private final Clock clock;

	private final RoundLock lock;

	/** Publications known to be due whatever their backoff says, until resubmitted. */
	private final Set<UUID> dueNow = ConcurrentHashMap.newKeySet();

	FailedPublicationResubmission(FailedEventPublications failed, EventPublicationSettings settings, Clock clock,
			@Nullable DataSource dataSource) {
		this.failed = failed;
		this.settings = settings;
		this.clock = clock;
		this.lock = new RoundLock(dataSource, "resubmission");
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(
				new FixedDelayTask(this::resubmit, settings.resubmissionInterval(), settings.resubmissionInterval()));
	}

	void resubmit() {
		var now = clock.instant();
		var due = new AtomicInteger();
		// The registry reads its oldest failed publications first and filters them
		// afterwards: it reads many, so that old ones still waiting out their backoff do
		// not hide newer ones that are due.
		var options = ResubmissionOptions.defaults()
			.withBatchSize(PUBLICATIONS_READ)
			.withFilter(publication -> (dueNow.remove(publication.getIdentifier()) || isDue(publication, now))
					&& due.incrementAndGet() <= settings.batchSize());
		try {
			if (!lock.runAlone(() -> failed.resubmit(options))) {
				return;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not resubmit failed event publications; trying again in {}",
					settings.resubmissionInterval(), ex);
			return;
		}
		if (due.get() > 0) {
			log.info("Resubmitted {} failed event publications", Math.min(due.get(), settings.batchSize()));
		}
	}

	/**
	 * Resubmits these failed publications now, whatever their backoff says: they are
	 * known to have been left by work that stopped (ADR 0025). If another instance holds
	 * the round, this instance's next round takes them first.
	 */
	void resubmitNow(Set<UUID> publications) {
		dueNow.addAll(publications);
		resubmit();
	}

	@Override
	public void destroy() {
		lock.close();
	}

	/**
	 * Whether the publication waited long enough since it was last tried. The registry
	 * counts its first delivery as an attempt and records it as the last resubmission.
	 */
	boolean isDue(EventPublication publication, Instant now) {
		var lastTried = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		int resubmissions = Math.max(publication.getCompletionAttempts() - 1, 0);
		return !lastTried.plus(delayAfter(resubmissions)).isAfter(now);
	}

	private Duration delayAfter(int resubmissions) {
		var delay = settings.firstRetryDelay();
		for (int i = 0; i < resubmissions && delay.compareTo(settings.maxRetryDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(settings.maxRetryDelay()) < 0 ? delay : settings.maxRetryDelay();
	}

}
