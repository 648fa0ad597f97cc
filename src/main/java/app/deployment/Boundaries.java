package app.deployment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The declared boundaries, seen from this process: for a module that runs here, its
 * commands come in and its events go out; for one that runs elsewhere, the other way
 * round.
 */
final class Boundaries {

	private final List<Topic> sent;

	private final List<Topic> received;

	Boundaries(Deployment deployment, List<MessageBoundary> declared) {
		this.sent = declared.stream()
			.map(it -> deployment.runsHere(it.module()) ? it.outbound() : it.inbound())
			.toList();
		this.received = declared.stream()
			.map(it -> deployment.runsHere(it.module()) ? it.inbound() : it.outbound())
			.toList();
	}

	/** The topic an event published here leaves on, with its type; empty if it stays. */
	Optional<Sent> sending(Object event) {
		return sent.stream()
			.flatMap(topic -> topic.carrying(event).map(type -> new Sent(topic, type)).stream())
			.findFirst();
	}

	Topic receivedOn(String name) {
		return received.stream()
			.filter(it -> it.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new MessageNotUnderstood("This process does not read " + name));
	}

	List<String> receivedTopics() {
		return received.stream().map(Topic::name).toList();
	}

	/** Every topic this process writes or reads, and their dead-letter topics. */
	List<String> allTopics() {
		return Stream.concat(sent.stream(), received.stream())
			.flatMap(it -> Stream.of(it.name(), it.deadLetters()))
			.distinct()
			.toList();
	}

	record Sent(Topic topic, MessageType<?> type) {
	}

}
