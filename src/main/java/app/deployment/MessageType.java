package app.deployment;

import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of message on the wire: the Java type it is read into, the version of its
 * JSON, and the key it travels under. A change a reader of the previous version could not
 * read (a field renamed, removed or retyped) is a new version; the committed samples of
 * each version (src/test/resources/messages) keep that honest.
 *
 * @param type the event or command, as the module publishes and listens to it
 * @param version the version of its JSON, from 1
 * @param key what orders it, usually the order's id
 */
public record MessageType<T>(Class<T> type, int version, Function<T, ?> key) {

	public MessageType {
		Objects.requireNonNull(type, "type must not be null");
		Objects.requireNonNull(key, "key must not be null");
		if (version < 1) {
			throw new IllegalArgumentException("versions start at 1, was " + version);
		}
	}

	public static <T> MessageType<T> of(Class<T> type, int version, Function<T, ?> key) {
		return new MessageType<>(type, version, key);
	}

	/** The message's name on the wire: the type's simple name. */
	public String name() {
		return type.getSimpleName();
	}

	String keyOf(Object message) {
		return String.valueOf(key.apply(type.cast(message)));
	}

}
