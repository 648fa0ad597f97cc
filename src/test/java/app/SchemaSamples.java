package app;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import app.PatternSamples.Length;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Values for the document's schemas, drawn from a seeded random source: a typical valid
 * value, valid values at the edges of what a schema allows, values that each break one of
 * its rules, and odd values the document neither allows nor forbids in so many words.
 * These are candidates: {@link RequestVariants} asks the validator which ones the
 * document really allows.
 */
final class SchemaSamples {

	private static final int ENUM_OPTIONS_TRIED = 6;

	/** A value with a name that says what is special about it. */
	record Sample(String name, @Nullable JsonNode value) {
	}

	static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	// Strings without a declared maximum are tried this long: a name, a token, a search.
	private static final int LONG_TEXT = 1000;

	private static final BigInteger INT32_BEYOND = BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE);

	private final ApiDocument document;

	private final Random random;

	private int serial;

	SchemaSamples(ApiDocument document, Random random) {
		this.document = document;
		this.random = random;
	}

	/** A value as a client typically sends it: every property, realistic, unique. */
	JsonNode typical(Schema<?> declared) {
		var schema = document.resolve(declared);
		if (schema.getDefault() != null) {
			return node(schema.getDefault());
		}
		if (schema.getExample() != null) {
			return node(schema.getExample());
		}
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return node(schema.getEnum().get(0));
		}
		return switch (type(schema)) {
			case "object" -> typicalObject(schema);
			case "array" -> JSON.arrayNode().add(typical(schema.getItems()));
			case "integer" -> JSON.numberNode(clamp(BigDecimal.ONE, schema).toBigInteger());
			// Whole, so that it is an amount in any currency, even one without minor
			// units.
			case "number" -> JSON.numberNode(clamp(new BigDecimal("12"), schema));
			case "boolean" -> JSON.booleanNode(false);
			default -> JSON.stringNode(typicalText(schema));
		};
	}

	/**
	 * Valid values at the edges of a leaf schema: shortest, longest, smallest, largest.
	 */
	List<Sample> edges(Schema<?> declared) {
		var schema = document.resolve(declared);
		var edges = new ArrayList<Sample>();
		if (schema.getEnum() != null) {
			// Every option of a short list; the first, the last and a few others of a
			// long
			// one, such as the ISO country and currency codes.
			var options = new ArrayList<Object>(schema.getEnum());
			if (options.size() > ENUM_OPTIONS_TRIED) {
				var tried = new ArrayList<Object>(List.of(options.get(0), options.get(options.size() - 1)));
				while (tried.size() < ENUM_OPTIONS_TRIED) {
					tried.add(options.get(random.nextInt(options.size())));
				}
				options = tried;
			}
			options.forEach(option -> edges.add(new Sample("option " + option, node(option))));
			return edges;
		}
		switch (type(schema)) {
			case "string" -> {
				if (schema.getPattern() != null) {
					edges.add(text("shortest matching " + schema.getPattern(),
							PatternSamples.matching(schema.getPattern(), Length.SHORTEST, random)));
					edges.add(text("longest matching " + schema.getPattern(),
							PatternSamples.matching(schema.getPattern(), Length.LONGEST, random)));
				}
				else if ("email".equals(schema.getFormat())) {
					if (schema.getMaxLength() != null) {
						edges.add(text("at maxLength " + schema.getMaxLength(), email(schema.getMaxLength())));
					}
				}
				else if (schema.getFormat() == null || "password".equals(schema.getFormat())) {
					int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
					edges.add(text(min == 0 ? "empty" : "at minLength " + min, letters(min)));
					edges.add(schema.getMaxLength() != null
							? text("at maxLength " + schema.getMaxLength(), letters(schema.getMaxLength()))
							: text(LONG_TEXT + " characters (no maxLength)", letters(LONG_TEXT)));
					edges.add(text("letters beyond ASCII", "Zoë Ødegård 東京 " + (++serial)));
				}
			}
			case "integer", "number" -> {
				if (schema.getMinimum() != null) {
					edges.add(new Sample("at minimum " + schema.getMinimum(), number(schema, schema.getMinimum())));
				}
				if (schema.getMaximum() != null) {
					edges.add(new Sample("at maximum " + schema.getMaximum(), number(schema, schema.getMaximum())));
				}
			}
			case "boolean" -> edges.add(new Sample("true", JSON.booleanNode(true)));
			default -> {
			}
		}
		return edges;
	}

	/** Values that break one rule of a schema each, starting with its JSON type. */
	List<Sample> breaking(Schema<?> declared) {
		var breaking = new ArrayList<Sample>(wrongTypes(type(declared)));
		breaking.addAll(brokenRules(declared));
		return breaking;
	}

	/**
	 * The same for a parameter, whose values are text: words where numbers belong instead
	 * of JSON of the wrong type.
	 */
	List<Sample> breakingTexts(Schema<?> declared) {
		var breaking = new ArrayList<Sample>();
		var type = type(declared);
		if (!type.equals("string")) {
			breaking.add(text("a word for " + article(type), "abc"));
		}
		if (type.equals("integer")) {
			breaking.add(text("a fraction for an integer", "1.5"));
		}
		var format = document.resolve(declared).getFormat();
		if (type.equals("string") && format != null && !format.equals("password")) {
			breaking.add(text("a number for a " + format, "1"));
		}
		breaking.addAll(brokenRules(declared));
		return breaking;
	}

	/** Values of the right type that break one of the schema's other rules each. */
	private List<Sample> brokenRules(Schema<?> declared) {
		var schema = document.resolve(declared);
		var breaking = new ArrayList<Sample>();
		if (schema.getEnum() != null) {
			breaking.add(text("not an option", "NOT_AN_OPTION"));
			var first = String.valueOf(schema.getEnum().get(0));
			if (!first.toLowerCase().equals(first)) {
				breaking.add(text("an option in lower case", first.toLowerCase()));
			}
			return breaking;
		}
		switch (type(schema)) {
			case "string" -> breakingText(schema, breaking);
			case "integer", "number" -> {
				var step = "integer".equals(type(schema)) ? BigDecimal.ONE : new BigDecimal("0.01");
				if (schema.getMinimum() != null) {
					breaking.add(new Sample("below minimum " + schema.getMinimum(),
							number(schema, schema.getMinimum().subtract(step))));
				}
				if (schema.getMaximum() != null) {
					breaking.add(new Sample("above maximum " + schema.getMaximum(),
							number(schema, schema.getMaximum().add(step))));
				}
				if ("int32".equals(schema.getFormat()) && schema.getMaximum() == null) {
					breaking.add(new Sample("beyond int32", JSON.numberNode(INT32_BEYOND)));
				}
			}
			case "object" -> {
				if (schema.getAdditionalProperties() instanceof Schema<?> values) {
					for (var value : wrongTypes(type(values))) {
						breaking.add(new Sample("a map value that is " + value.name(),
								JSON.objectNode().set("colour", value.value())));
					}
				}
			}
			default -> {
			}
		}
		return breaking;
	}

	/**
	 * Values the document does not rule on in so many words but a server must survive:
	 * control characters in free text.
	 */
	List<Sample> odd(Schema<?> declared) {
		var schema = document.resolve(declared);
		if ("string".equals(type(schema)) && schema.getPattern() == null && schema.getFormat() == null
				&& schema.getEnum() == null) {
			return List.of(text("control characters", "Contract\u0000text\u0007" + (++serial)));
		}
		return List.of();
	}

	/** The schema's JSON type; OpenAPI 3.1 keeps it in a set. */
	String type(Schema<?> declared) {
		var schema = document.resolve(declared);
		if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
			return schema.getTypes().iterator().next();
		}
		if (schema.getType() != null) {
			return schema.getType();
		}
		return schema.getProperties() != null ? "object" : "string";
	}

	/** A new UUID from the seeded source, for keys that must be unique. */
	UUID uuid() {
		var bytes = new byte[16];
		random.nextBytes(bytes);
		return UUID.nameUUIDFromBytes(bytes);
	}

	/** A text that no other sample has had, for names that must be unique. */
	String uniqueText(String prefix) {
		return prefix + " " + (++serial);
	}

	private JsonNode typicalObject(Schema<?> schema) {
		var object = JSON.objectNode();
		if (schema.getProperties() != null) {
			schema.getProperties().forEach((name, property) -> object.set(name, typical(property)));
		}
		else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
			object.set("colour", typical(values));
		}
		return object;
	}

	private String typicalText(Schema<?> schema) {
		if (schema.getPattern() != null) {
			// Ordinary text where the pattern allows it (it only excludes characters), so
			// that the lengths hold too; a sample of the pattern otherwise.
			var ordinary = lengthBound(schema, uniqueText("Contract text"));
			return Pattern.compile(schema.getPattern()).matcher(ordinary).find() ? ordinary
					: PatternSamples.matching(schema.getPattern(), Length.ANY, random);
		}
		if (schema.getFormat() != null) {
			switch (schema.getFormat()) {
				case "uuid":
					return uuid().toString();
				case "email":
					return "shopper-" + (++serial) + "@example.com";
				case "date-time":
					return "2026-01-15T10:%02d:00Z".formatted(++serial % 60);
				case "uri":
					return "https://example.com/" + (++serial);
				default:
			}
		}
		return lengthBound(schema, uniqueText("Contract text"));
	}

	private String lengthBound(Schema<?> schema, String text) {
		int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
		int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
		if (text.length() > max) {
			return text.substring(text.length() - max);
		}
		return text.length() < min ? text + letters(min - text.length()) : text;
	}

	private void breakingText(Schema<?> schema, List<Sample> breaking) {
		var valid = typicalText(schema);
		if (schema.getMinLength() != null && schema.getMinLength() > 0) {
			breaking.add(text("shorter than minLength " + schema.getMinLength(), letters(schema.getMinLength() - 1)));
		}
		if (schema.getMaxLength() != null) {
			breaking.add(text("longer than maxLength " + schema.getMaxLength(), "email".equals(schema.getFormat())
					? email(schema.getMaxLength() + 1) : letters(schema.getMaxLength() + 1)));
		}
		if (schema.getPattern() != null) {
			breaking.add(text("not matching " + schema.getPattern(),
					PatternSamples.notMatching(schema.getPattern(), valid)));
		}
		if (schema.getFormat() != null) {
			switch (schema.getFormat()) {
				case "uuid" -> {
					breaking.add(text("not a UUID", "not-a-uuid"));
					breaking.add(text("a UUID without its dashes", valid.replace("-", "")));
				}
				case "email" -> breaking.add(text("not an email address", "shopper.example.com"));
				case "date-time" -> breaking.add(text("not a date-time", "2026-02-30T25:61:00Z"));
				case "uri" -> breaking.add(text("not a URI", "not a uri"));
				default -> {
				}
			}
		}
	}

	private static List<Sample> wrongTypes(String type) {
		var wrong = new ArrayList<Sample>();
		var expected = " for " + article(type);
		if (!type.equals("string")) {
			wrong.add(text("a string" + expected, type.equals("boolean") ? "true" : "1"));
		}
		if (!type.equals("integer") && !type.equals("number")) {
			wrong.add(new Sample("a number" + expected, JSON.numberNode(1)));
		}
		if (type.equals("integer")) {
			wrong.add(new Sample("a fraction" + expected, JSON.numberNode(new BigDecimal("1.5"))));
		}
		if (!type.equals("boolean")) {
			wrong.add(new Sample("a boolean" + expected, JSON.booleanNode(true)));
		}
		if (!type.equals("object")) {
			wrong.add(new Sample("an object" + expected, JSON.objectNode()));
		}
		if (!type.equals("array")) {
			wrong.add(new Sample("an array" + expected, JSON.arrayNode().add("x")));
		}
		return wrong;
	}

	private static String article(String type) {
		return (type.matches("[aeiou].*") ? "an " : "a ") + type;
	}

	private static Sample text(String name, String value) {
		return new Sample(name, JSON.stringNode(value));
	}

	/** Letters only, so that length is the one thing that matters. */
	private String letters(int length) {
		var letters = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

	/**
	 * A well-formed email address of exactly the given length, its domain in labels of at
	 * most 63 characters.
	 */
	private String email(int length) {
		var local = "shopper" + (++serial);
		var domain = new StringBuilder();
		int domainLength = length - local.length() - 1 - ".com".length();
		for (int i = 0; i < domainLength; i++) {
			domain.append((i + 1) % 64 == 0 && i != domainLength - 1 ? '.' : 'a');
		}
		return local + "@" + domain + ".com";
	}

	private JsonNode number(Schema<?> schema, BigDecimal value) {
		return "integer".equals(type(schema)) ? JSON.numberNode(value.toBigInteger()) : JSON.numberNode(value);
	}

	private static BigDecimal clamp(BigDecimal value, Schema<?> schema) {
		if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
			return schema.getMinimum();
		}
		if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
			return schema.getMaximum();
		}
		return value;
	}

	private static JsonNode node(@Nullable Object value) {
		if (value == null) {
			return JSON.nullNode();
		}
		if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
			return JSON.numberNode(new BigInteger(value.toString()));
		}
		if (value instanceof Number number) {
			return JSON.numberNode(new BigDecimal(number.toString()));
		}
		if (value instanceof Boolean bool) {
			return JSON.booleanNode(bool);
		}
		return JSON.stringNode(value.toString());
	}

}
