package app.orders.order;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;
import app.orders.OrderLine;
import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A line of an order as stored: what was bought at which price. */
@Table(schema = "orders", name = "order_lines")
record Line(ProductId productId, Sku sku, String name, @Embedded.Nullable(prefix = "unit_price_") Money unitPrice,
		int quantity) implements ValueObject {

	static Line of(OrderLine line) {
		return new Line(line.productId(), line.sku(), line.name(), line.unitPrice(), line.quantity());
	}

	OrderLine toOrderLine() {
		return new OrderLine(productId, sku, name, unitPrice, quantity);
	}

}
