package app.payments.processor;

import java.util.Objects;

/**
 * A refund went through.
 *
 * @param reference the processor's id of the refund
 */
public record Refunded(String reference) {

	public Refunded {
		Objects.requireNonNull(reference, "reference must not be null");
	}

}
