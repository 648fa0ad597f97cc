package app.deployment;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a message off the wire into the type its envelope names. Fields it does not know
 * are ignored (a newer writer may add some); a version newer than this process reads, or
 * a field its type requires, missing, is a message not understood.
 */
class MessageCodec {

	private final JsonMapper json;

	MessageCodec(JsonMapper json) {
		this.json = json;
	}

	/** The message as the externalization writes it, with the same mapper. */
	byte[] write(MessageType<?> type, Object body) {
		return json.writeValueAsBytes(Envelope.of(type, body));
	}

	Object read(Topic topic, byte[] value) {
		JsonNode envelope;
		try {
			envelope = json.readTree(value);
		}
		catch (JacksonException ex) {
			throw new MessageNotUnderstood("Not JSON on " + topic.name(), ex);
		}
		var name = envelope.path("message").asString("");
		var type = topic.named(name)
			.orElseThrow(
					() -> new MessageNotUnderstood("%s carries no message named '%s'".formatted(topic.name(), name)));
		int version = envelope.path("version").asInt(0);
		if (version < 1 || version > type.version()) {
			throw new MessageNotUnderstood("%s version %d: this process reads versions 1 to %d".formatted(type.name(),
					version, type.version()));
		}
		try {
			return json.treeToValue(envelope.path("body"), type.type());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new MessageNotUnderstood(
					"%s version %d could not be read: %s".formatted(type.name(), version, ex.getMessage()), ex);
		}
	}

}
