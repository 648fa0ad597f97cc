package app.notifications.notification;

/** What became of a notification. */
enum Status {

	/** Not sent yet: due at its next attempt, or waiting for the customer's details. */
	PENDING,

	/** Handed to the mail server or the SMS webhook. */
	SENT,

	/**
	 * Every attempt failed, or the customer's details never arrived; an administrator may
	 * retry it.
	 */
	FAILED,

	/**
	 * Not to be sent: the customer wants no text messages, or deleted their account
	 * (which also ends the notifications that had failed).
	 */
	SKIPPED

}
