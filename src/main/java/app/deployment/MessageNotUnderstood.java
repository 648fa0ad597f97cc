package app.deployment;

/**
 * A message this process cannot read: not JSON, of a name its topic does not carry, of a
 * newer version than this process knows, or missing what its type requires. Handling it
 * again would fail again, so it goes to the dead-letter topic at once.
 */
class MessageNotUnderstood extends RuntimeException {

	MessageNotUnderstood(String message, Throwable cause) {
		super(message, cause);
	}

	MessageNotUnderstood(String message) {
		super(message);
	}

}
