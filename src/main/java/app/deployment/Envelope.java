package app.deployment;

/**
 * A message as it travels: its name and the version of its JSON beside its body, so that
 * a reader knows what it holds before reading it.
 *
 * @param message the message's name ({@code ChargePayment})
 * @param version the version of the body's JSON
 * @param body the event or command
 */
record Envelope(String message, int version, Object body) {

	static Envelope of(MessageType<?> type, Object body) {
		return new Envelope(type.name(), type.version(), body);
	}

}
