package app.notifications.notification;

/**
 * Only a FAILED notification can be retried: the others are sent, skipped or on their
 * way.
 */
public class NotRetryable extends RuntimeException {

	NotRetryable(NotificationId id, Status status) {
		super("Notification %s is %s: only a FAILED one can be retried".formatted(id, status));
	}

}
