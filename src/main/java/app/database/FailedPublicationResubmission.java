package app.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * whichever instance comes first: the registry marks a publication resubmitted only once
 * (ADR 0013).
 */
@Component
class FailedPublicationResubmission implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(FailedPublicationResubmission.class);

	private final FailedEventPublications failed;

	private final EventPublicationSettings settings;

	private final Clock clock;

	FailedPublicationResubmission(FailedEventPublications failed, EventPublicationSettings settings, Clock clock) {
		this.failed = failed;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(
				new FixedDelayTask(this::resubmit, settings.resubmissionInterval(), settings.resubmissionInterval()));
	}

	void resubmit() {
		var now = clock.instant();
		var due = new AtomicInteger();
		try {
			failed
				.resubmit(ResubmissionOptions.defaults().withBatchSize(settings.batchSize()).withFilter(publication -> {
					boolean isDue = isDue(publication, now);
					if (isDue) {
						due.incrementAndGet();
					}
					return isDue;
				}));
		}
		catch (RuntimeException ex) {
			log.warn("Could not resubmit failed event publications; trying again in {}",
					settings.resubmissionInterval(), ex);
			return;
		}
		if (due.get() > 0) {
			log.info("Resubmitted {} failed event publications", due.get());
		}
	}

	/** Whether the publication waited long enough since it was last tried. */
	boolean isDue(EventPublication publication, Instant now) {
		var lastTried = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return !lastTried.plus(delayAfter(publication.getCompletionAttempts())).isAfter(now);
	}

	private Duration delayAfter(int resubmissions) {
		var delay = settings.firstRetryDelay();
		for (int i = 0; i < resubmissions && delay.compareTo(settings.maxRetryDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(settings.maxRetryDelay()) < 0 ? delay : settings.maxRetryDelay();
	}

}
