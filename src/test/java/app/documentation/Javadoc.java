package app.documentation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Javadoc of the application's types, as Spring Modulith's annotation processor
 * extracts it while compiling: the classes themselves no longer carry it.
 */
final class Javadoc {

	private static final Path EXTRACTED = Path.of("target", "generated-spring-modulith", "javadoc.json");

	private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:link|linkplain|code) ([^}]+)}");

	private final Map<String, String> commentsByType;

	private Javadoc(Map<String, String> commentsByType) {
		this.commentsByType = commentsByType;
	}

	static Javadoc extractedAtCompileTime() {
		if (!Files.exists(EXTRACTED)) {
			throw new IllegalStateException(EXTRACTED + " is missing: compile the application first");
		}
		JsonNode types = JsonMapper.shared().readTree(EXTRACTED.toFile());
		return new Javadoc(types.valueStream()
			.filter(type -> type.hasNonNull("comment"))
			.collect(Collectors.toMap(type -> type.get("name").asString(), type -> type.get("comment").asString())));
	}

	/** The type's comment, with inline tags written as Markdown code. */
	Optional<String> of(Class<?> type) {
		return Optional.ofNullable(commentsByType.get(type.getName()))
			.map(comment -> INLINE_TAG.matcher(comment).replaceAll(tag -> "`" + simpleName(tag.group(1)) + "`"));
	}

	private static String simpleName(String reference) {
		String target = reference.strip().split("\\s+")[0];
		return target.substring(target.lastIndexOf('.') + 1).replace('#', '.');
	}

}
