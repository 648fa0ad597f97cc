package app.notifications.notification;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the dispatcher works through due notifications, and how long a failing one waits
 * for its next attempt.
 *
 * @param dispatchInterval how often due notifications are looked for
 * @param batchSize the most notifications one look sends
 * @param maxAttempts sends tried before a notification is FAILED for good
 * @param firstRetryDelay the wait after the first failed send; each further failure
 * doubles it
 * @param maxRetryDelay the longest wait between two sends
 * @param sendTimeout how long an instance has to send a notification it took before
 * another may take it; longer than any SMTP or webhook timeout
 * @param contactWait how long a notification waits for the customer's contact details
 * (their registration not seen yet) before it is FAILED
 */
@Validated
@ConfigurationProperties("agora.notifications")
record DispatchPolicy(@NotNull @DefaultValue("1s") Duration dispatchInterval,
		@Min(1) @Max(1000) @DefaultValue("50") int batchSize, @Min(1) @Max(100) @DefaultValue("10") int maxAttempts,
		@NotNull @DefaultValue("30s") Duration firstRetryDelay, @NotNull @DefaultValue("1h") Duration maxRetryDelay,
		@NotNull @DefaultValue("5m") Duration sendTimeout, @NotNull @DefaultValue("7d") Duration contactWait) {

	DispatchPolicy {
		if (dispatchInterval.isNegative() || dispatchInterval.isZero()) {
			throw new IllegalArgumentException("the dispatch interval must be positive, was " + dispatchInterval);
		}
		if (batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("batch size and attempts must be at least 1");
		}
		if (maxRetryDelay.compareTo(firstRetryDelay) < 0) {
			throw new IllegalArgumentException("the longest retry delay %s is shorter than the first, %s"
				.formatted(maxRetryDelay, firstRetryDelay));
		}
	}

	/** The wait after a notification's {@code failures}-th failed send. */
	Duration delayAfter(int failures) {
		var delay = firstRetryDelay;
		for (int i = 1; i < failures && delay.compareTo(maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxRetryDelay) < 0 ? delay : maxRetryDelay;
	}

}
