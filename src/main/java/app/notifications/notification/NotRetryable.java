package app.notifications.notification;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * Only a FAILED notification can be retried: the others are sent, skipped or on their
 * way.
 */
@Refusal(status = HttpStatus.CONFLICT, type = "notification-status-conflict")
class NotRetryable extends RuntimeException {

	NotRetryable(NotificationId id, Status status) {
		super("Notification %s is %s: only a FAILED one can be retried".formatted(id, status));
	}

}
