package app.catalog;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a category of the catalog's tree. */
public record CategoryId(UUID id) implements Identifier {

	public CategoryId {
		Objects.requireNonNull(id, "id must not be null");
	}

	public static CategoryId random() {
		return new CategoryId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
