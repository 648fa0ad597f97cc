package app.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A stock keeping unit: the code of one sellable item, unique in the catalog and never
 * changed once given. Codes are case-insensitive and kept in upper case: {@code run-42}
 * and {@code RUN-42} are the same SKU.
 */
public record Sku(String value) implements ValueObject, Comparable<Sku> {

	private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,39}");

	@JsonCreator
	public Sku {
		Objects.requireNonNull(value, "SKU must not be null");
		value = value.strip().toUpperCase(Locale.ROOT);
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"'%s' is not a SKU: use 2 to 40 letters, digits, '.', '_' or '-', ".formatted(value)
							+ "starting with a letter or digit");
		}
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	@Override
	public int compareTo(Sku other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
