package app.catalog.product;

import java.util.concurrent.ScheduledFuture;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search rankings in step with changes made through any instance:
 * the database moves {@code catalog.search_revision} with every change to products or
 * categories (V4), and when it has moved since the last look, the kept rankings are
 * dropped. A change therefore shows in every instance's searches within
 * {@code agora.catalog.search.revision-check-interval} of its commit (ADR 0036), instead
 * of when its rankings expire.
 */
@Component
class SearchRevisions {

	private static final Logger log = LoggerFactory.getLogger(SearchRevisions.class);

	private final JdbcClient jdbc;

	private final SearchRankings rankings;

	private final TaskScheduler scheduler;

	private final SearchSettings settings;

	private volatile long seen = -1;

	private volatile @Nullable ScheduledFuture<?> checks;

	SearchRevisions(JdbcClient jdbc, SearchRankings rankings, TaskScheduler scheduler, SearchSettings settings) {
		this.jdbc = jdbc;
		this.rankings = rankings;
		this.scheduler = scheduler;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		checks = scheduler.scheduleWithFixedDelay(this::check, settings.revisionCheckInterval());
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		var running = checks;
		if (running != null) {
			running.cancel(false);
		}
	}

	void check() {
		long revision;
		try {
			revision = jdbc.sql("SELECT revision FROM catalog.search_revision").query(Long.class).single();
		}
		catch (DataAccessException ex) {
			// No database, no search answered either: the next look tells.
			log.debug("Could not read the search revision", ex);
			return;
		}
		if (revision != seen) {
			seen = revision;
			rankings.forget();
		}
	}

}
