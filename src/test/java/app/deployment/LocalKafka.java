package app.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node Kafka for trying the split shop on a machine without Kafka or Docker:
 * Apache Kafka's own broker in KRaft mode, as the tests start it, with its data in a
 * temporary directory for as long as it runs. It listens on a free port, which it writes
 * to {@code target/local-kafka} for {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}. Run with
 * {@code ./mvnw -q test-compile exec:java@local-kafka} (docs/extraction.md).
 */
public final class LocalKafka {

	static final Path ADDRESS = Path.of("target", "local-kafka");

	private LocalKafka() {
	}

	public static void main(String[] arguments) throws InterruptedException, IOException {
		var broker = new EmbeddedKafkaKraftBroker(1, 3);
		broker.afterPropertiesSet();
		var stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			broker.destroy();
			try {
				Files.deleteIfExists(ADDRESS);
			}
			catch (IOException ex) {
				// Only a note for the next run; it is written again then.
			}
			stopped.countDown();
		}));
		Files.createDirectories(ADDRESS.getParent());
		Files.writeString(ADDRESS, broker.getBrokersAsString());
		System.out.println("Kafka (KRaft, one node) is listening on " + broker.getBrokersAsString() + " (written to "
				+ ADDRESS + "); stop it with Ctrl+C");
		stopped.await();
	}

}
