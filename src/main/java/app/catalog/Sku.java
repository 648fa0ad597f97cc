package app.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A stock keeping unit: the code of one sellable item, unique in the catalog and never
 * changed once given. Codes are case-insensitive and kept in upper case: {@code run-42}
 * and {@code RUN-42} are the same SKU.
 */
@Schema(type = "string", pattern = Sku.PATTERN, example = "RUN-42",
		description = "A stock keeping unit: 2 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit; "
				+ "case-insensitive")
public record Sku(String value) implements ValueObject, Comparable<Sku> {

	/** What a SKU looks like as a client writes it, in either case. */
	public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$";

	private static final Pattern FORMAT = Pattern.compile(PATTERN);

	@JsonCreator
	public Sku {
		Objects.requireNonNull(value, "SKU must not be null");
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException(
					"'%s' is not a SKU: use 2 to 40 letters, digits, '.', '_' or '-', ".formatted(shortened(value))
							+ "starting with a letter or digit");
		}
		value = value.toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether {@code text} has a SKU's form, so that {@code new Sku(text)} accepts it.
	 */
	public static boolean isWellFormed(String text) {
		return FORMAT.matcher(text).matches();
	}

	// What a client sent comes back in the error, but never more than a SKU's length of
	// it.
	private static String shortened(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
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
