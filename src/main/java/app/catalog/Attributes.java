package app.catalog;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Free-form product facts shoppers filter and compare on ({@code color: red},
 * {@code size: 42}). Names are trimmed and lower-cased so that {@code Color} and
 * {@code color} are one attribute; values are kept as given.
 */
public record Attributes(Map<String, String> values) implements ValueObject {

	public static final int MAX_ATTRIBUTES = 50;

	public static final int MAX_NAME_LENGTH = 50;

	public static final int MAX_VALUE_LENGTH = 200;

	public static final Attributes NONE = new Attributes(Map.of());

	@JsonCreator
	public Attributes {
		Objects.requireNonNull(values, "attributes must not be null");
		if (values.size() > MAX_ATTRIBUTES) {
			throw new IllegalArgumentException("a product has at most %d attributes".formatted(MAX_ATTRIBUTES));
		}
		var normalized = new TreeMap<String, String>();
		values.forEach((name, value) -> {
			var key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
			if (key.isEmpty() || key.length() > MAX_NAME_LENGTH) {
				throw new IllegalArgumentException(
						"attribute names have 1 to %d characters, got '%s'".formatted(MAX_NAME_LENGTH, name));
			}
			if (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
				throw new IllegalArgumentException(
						"attribute '%s' needs a value of 1 to %d characters".formatted(key, MAX_VALUE_LENGTH));
			}
			if (normalized.put(key, value.strip()) != null) {
				throw new IllegalArgumentException("attribute '%s' is given twice".formatted(key));
			}
		});
		values = Collections.unmodifiableMap(normalized);
	}

	@JsonValue
	@Override
	public Map<String, String> values() {
		return values;
	}
}
