package app.orders.order;

import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends in the {@code Idempotency-Key} header of a checkout so that sending
 * it again, after a timeout or a crash, never places a second order. Unique per customer;
 * a UUID is a good choice.
 */
record IdempotencyKey(String value) implements ValueObject {

	static final String HEADER = "Idempotency-Key";

	/** 1 to 255 visible ASCII characters, as the OpenAPI document says too. */
	static final String PATTERN = "^[\\x21-\\x7E]{1,255}$";

	private static final Pattern FORMAT = Pattern.compile(PATTERN);

	IdempotencyKey {
		if (!FORMAT.matcher(value).matches()) {
			throw new InvalidIdempotencyKey(
					"The Idempotency-Key header must be 1 to 255 visible ASCII characters, such as a UUID");
		}
	}

	/** The key a request sent, required. */
	static IdempotencyKey from(@Nullable String header) {
		if (header == null || header.isBlank()) {
			throw new InvalidIdempotencyKey("A checkout needs an Idempotency-Key header, such as a new UUID, "
					+ "so that sending it again never places a second order");
		}
		return new IdempotencyKey(header.strip());
	}

}
