package app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/** When a failed publication is tried again: later after every failure, but not never. */
class FailedPublicationResubmissionTests {

	static final Instant PUBLISHED = Instant.parse("2026-12-02T10:00:00Z");

	final FailedPublicationResubmission resubmission = new FailedPublicationResubmission(options -> {
	}, new EventPublicationSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMinutes(5), 100,
			Duration.ofSeconds(5)), Clock.systemUTC(), null);

	@Test // As the registry stores a publication: one attempt, last tried when published.
	void triesAFreshFailureAgainAfterTheFirstDelay() {
		var failed = failed(1, PUBLISHED);

		assertThat(resubmission.isDue(failed, PUBLISHED.plusSeconds(9))).isFalse();
		assertThat(resubmission.isDue(failed, PUBLISHED.plusSeconds(10))).isTrue();
	}

	@Test
	void doublesTheWaitWithEveryResubmission() {
		var lastTried = PUBLISHED.plusSeconds(100);
		var thirdFailure = failed(3, lastTried);

		assertThat(resubmission.isDue(thirdFailure, lastTried.plusSeconds(39))).isFalse();
		assertThat(resubmission.isDue(thirdFailure, lastTried.plusSeconds(40))).isTrue();
	}

	@Test
	void neverWaitsLongerThanTheLongestDelay() {
		var lastTried = PUBLISHED.plusSeconds(100);
		var manyFailures = failed(1000, lastTried);

		assertThat(resubmission.isDue(manyFailures, lastTried.plus(Duration.ofMinutes(5)).minusSeconds(1))).isFalse();
		assertThat(resubmission.isDue(manyFailures, lastTried.plus(Duration.ofMinutes(5)))).isTrue();
	}

	private static EventPublication failed(int attempts, Instant lastTried) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return "event";
			}

			@Override
			public Instant getPublicationDate() {
				return PUBLISHED;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public Instant getLastResubmissionDate() {
				return lastTried;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}

		};
	}

}
