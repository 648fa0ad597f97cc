package app.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work between modules that is not done yet, for Prometheus: incomplete publications,
 * the failed ones among them, and the age of the oldest
 * ({@code agora_event_publications_*}). Read from the registry's table at most once a
 * second, whoever asks; every instance reports the same, so alerts take the maximum, not
 * the sum (ops/prometheus/alerts.yaml).
 */
@Component
class EventPublicationMetrics implements MeterBinder {

	private static final Duration FRESH_FOR = Duration.ofSeconds(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile @Nullable Reading last;

	EventPublicationMetrics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry meters) {
		Gauge.builder("agora.event.publications.incomplete", this, it -> it.reading().incomplete())
			.description("Event publications whose listener has not completed")
			.register(meters);
		Gauge.builder("agora.event.publications.failed", this, it -> it.reading().failed())
			.description("Event publications whose listener failed, waiting to be resubmitted")
			.register(meters);
		Gauge.builder("agora.event.publications.oldest.age", this, it -> it.reading().oldestAgeSeconds())
			.description("How long the oldest incomplete publication has waited")
			.baseUnit("seconds")
			.register(meters);
	}

	private Reading reading() {
		var now = clock.instant();
		var reading = last;
		if (reading != null && reading.at().plus(FRESH_FOR).isAfter(now)) {
			return reading;
		}
		try {
			// The registry's table: its API counts nothing (ADR 0028).
			reading = jdbc.sql("""
					SELECT count(*), count(*) FILTER (WHERE status = 'FAILED'), min(publication_date)
					FROM event_publication.event_publication WHERE completion_date IS NULL""").query((row, number) -> {
				var oldest = row.getObject(3, OffsetDateTime.class);
				return new Reading(clock.instant(), row.getLong(1), row.getLong(2),
						oldest == null ? 0 : Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
			}).single();
		}
		catch (RuntimeException unavailable) {
			// A database that does not answer has its own signals (readiness, 503s).
			// Stamped when it gave up, so the three gauges of one scrape do not wait
			// three times.
			reading = new Reading(clock.instant(), Double.NaN, Double.NaN, Double.NaN);
		}
		last = reading;
		return reading;
	}

	private record Reading(Instant at, double incomplete, double failed, double oldestAgeSeconds) {
	}

}
