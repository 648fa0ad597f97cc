package app.payments.processor;

import java.util.Objects;

/**
 * Names one charge or refund for the processor, so that sending it again (a retry, a
 * redelivered command, a restart after a crash) cannot move money twice. Printable ASCII,
 * as it travels in an HTTP header.
 */
public record ProcessorKey(String value) {

	public ProcessorKey {
		Objects.requireNonNull(value, "value must not be null");
		if (!value.matches("[\\x21-\\x7e]{1,255}")) {
			throw new IllegalArgumentException("an idempotency key is 1 to 255 printable ASCII characters");
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
