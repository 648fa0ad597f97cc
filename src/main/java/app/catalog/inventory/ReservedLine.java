package app.catalog.inventory;

import app.catalog.Sku;
import app.catalog.StockLine;
import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A line of a stock reservation: units of one SKU held for the order. */
@Table(schema = "catalog", name = "stock_reservation_lines")
record ReservedLine(Sku sku, int quantity) implements ValueObject {

	static ReservedLine of(StockLine line) {
		return new ReservedLine(line.sku(), line.quantity());
	}

	StockLine toStockLine() {
		return new StockLine(sku, quantity);
	}
}
