package app.notifications.notification;

/** No notification has the id asked for. */
public class NotificationNotFound extends RuntimeException {

	NotificationNotFound(NotificationId id) {
		super("No notification " + id);
	}

}
