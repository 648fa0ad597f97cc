package app.payments;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one payment: the charge of an order, and its refund if there is one. */
public record PaymentId(UUID id) implements Identifier {

	public PaymentId {
		Objects.requireNonNull(id, "id must not be null");
	}

	public static PaymentId random() {
		return new PaymentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
