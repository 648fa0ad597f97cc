package app.notifications.notification;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** No notification has the id asked for. */
@Refusal(status = HttpStatus.NOT_FOUND, type = "not-found")
class NotificationNotFound extends RuntimeException {

	NotificationNotFound(NotificationId id) {
		super("No notification " + id);
	}

}
