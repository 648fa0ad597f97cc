package app.catalog.inventory;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies the stock record of one SKU. */
record StockItemId(UUID id) implements Identifier {

	public StockItemId {
		Objects.requireNonNull(id, "id must not be null");
	}
}
