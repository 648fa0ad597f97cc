package app.catalog;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies a product for its whole life; other modules keep this, never the product
 * itself.
 */
public record ProductId(UUID id) implements Identifier {

	public ProductId {
		Objects.requireNonNull(id, "id must not be null");
	}

	public static ProductId random() {
		return new ProductId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
