package app.notifications.notification;

import java.time.Duration;

/**
 * How the dispatcher works through due notifications, and how long a failing one waits
 * for its next attempt (see {@code agora.notifications}).
 *
 * @param interval how often due notifications are looked for
 * @param batchSize the most notifications one look sends
 * @param maxAttempts sends tried before a notification is FAILED
 * @param firstRetryDelay the wait after the first failed send, doubling with each further
 * one
 * @param maxRetryDelay the longest wait
 * @param sendTimeout how long a notification taken for sending stays with the instance
 * that took it
 * @param contactWait how long a notification waits for the customer's contact details
 */
public record DispatchPolicy(Duration interval, int batchSize, int maxAttempts, Duration firstRetryDelay,
		Duration maxRetryDelay, Duration sendTimeout, Duration contactWait) {

	public DispatchPolicy {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("the dispatch interval must be positive, was " + interval);
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
