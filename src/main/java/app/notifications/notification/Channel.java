package app.notifications.notification;

/** How a notification reaches the customer. */
enum Channel {

	/** To their email address. */
	EMAIL,

	/** A text message to their phone, only if they gave one and opted in. */
	SMS

}
