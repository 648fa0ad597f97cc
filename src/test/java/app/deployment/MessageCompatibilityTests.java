package app.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire format of every message that crosses a module boundary stays readable both
 * ways: this code reads every committed sample of every version
 * ({@code src/test/resources/messages/<topic>/<Message>.v<N>.json}), and writes the
 * current version exactly as its sample, which holds every field an older version's
 * sample has, with the same JSON type. A field renamed, removed or retyped fails here; so
 * does a field added without updating the sample (ADR 0030).
 */
@SpringBootTest
class MessageCompatibilityTests {

	private final JsonMapper json;

	private final MessageCodec codec;

	MessageCompatibilityTests(JsonMapper json) {
		this.json = json;
		this.codec = new MessageCodec(json);
	}

	static Stream<Arguments> messages() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(MessageBoundary.class));
		var messages = new ArrayList<Arguments>();
		for (var candidate : scanner.findCandidateComponents("app")) {
			var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			var boundary = (MessageBoundary) BeanUtils.instantiateClass(type);
			for (var topic : List.of(boundary.inbound(), boundary.outbound())) {
				topic.messages().forEach(message -> messages.add(Arguments.of(topic, message)));
			}
		}
		assertThat(messages).as("messages declared at module boundaries").isNotEmpty();
		return messages.stream();
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("messages")
	void everyVersionsSampleIsStillRead(Topic topic, MessageType<?> message) throws IOException {
		for (int version = 1; version <= message.version(); version++) {
			assertThat(codec.read(topic, sample(topic, message, version))).isInstanceOf(message.type());
		}
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("messages")
	void theCurrentVersionIsWrittenAsItsSampleWithEveryFieldOlderReadersExpect(Topic topic, MessageType<?> message)
			throws IOException {
		var current = sample(topic, message, message.version());
		var written = json.readTree(codec.write(message, codec.read(topic, current)));

		assertThat(written).isEqualTo(json.readTree(current));
		for (int version = 1; version < message.version(); version++) {
			assertHolds(written, json.readTree(sample(topic, message, version)), message + " v" + version);
		}
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("messages")
	void aNewerVersionThanThisCodeKnowsIsNotUnderstood(Topic topic, MessageType<?> message) throws IOException {
		var newer = new String(sample(topic, message, message.version()), StandardCharsets.UTF_8)
			.replaceFirst("\"version\"\\s*:\\s*\\d+", "\"version\": " + (message.version() + 1));

		assertThatExceptionOfType(MessageNotUnderstood.class)
			.isThrownBy(() -> codec.read(topic, newer.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] sample(Topic topic, MessageType<?> message, int version) throws IOException {
		var path = "messages/%s/%s.v%d.json".formatted(topic.name(), message.name(), version);
		var resource = new ClassPathResource(path);
		assertThat(resource.exists())
			.as("a committed sample of %s version %d at src/test/resources/%s", message.name(), version, path)
			.isTrue();
		return resource.getContentAsByteArray();
	}

	/** Every field of the older sample is in what is written, with the same JSON type. */
	private static void assertHolds(JsonNode written, JsonNode older, String where) {
		older.properties().forEach(field -> {
			var name = field.getKey();
			assertThat(written.has(name)).as("%s: field %s", where, name).isTrue();
			assertThat(written.get(name).getNodeType()).as("%s: type of %s", where, name)
				.isEqualTo(field.getValue().getNodeType());
			if (field.getValue().isObject()) {
				assertHolds(written.get(name), field.getValue(), where + "." + name);
			}
		});
	}

}
