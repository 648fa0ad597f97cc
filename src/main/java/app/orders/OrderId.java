package app.orders;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies an order for good; other modules keep this (or its UUID), never the order.
 */
public record OrderId(UUID id) implements Identifier {

	public OrderId {
		Objects.requireNonNull(id, "id must not be null");
	}

	public static OrderId random() {
		return new OrderId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
