package app.deployment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kafka topic and the messages it carries. Every message on one topic is keyed by the
 * same thing (an order's id, say), so that one key's messages stay in order on one
 * partition.
 */
public record Topic(String name, List<MessageType<?>> messages) {

	public Topic {
		Objects.requireNonNull(name, "name must not be null");
		messages = List.copyOf(messages);
	}

	public static Topic of(String name, MessageType<?>... messages) {
		return new Topic(name, List.of(messages));
	}

	/** The dead-letter topic: messages that could not be handled after their retries. */
	public String deadLetters() {
		return deadLettersOf(name);
	}

	static String deadLettersOf(String topic) {
		return topic + ".DLT";
	}

	Optional<MessageType<?>> carrying(Object event) {
		return messages.stream().filter(it -> it.type().isInstance(event)).findFirst();
	}

	Optional<MessageType<?>> named(String message) {
		return messages.stream().filter(it -> it.name().equals(message)).findFirst();
	}

}
