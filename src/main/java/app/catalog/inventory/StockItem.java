package app.catalog.inventory;

import java.util.UUID;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.catalog.StockLow;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The stock of one SKU: the units on hand, and how many of them are reserved for orders.
 * Always {@code 0 <= reserved <= onHand}; what can still be reserved is the difference.
 */
@Table(schema = "catalog", name = "stock_items")
class StockItem extends AbstractAggregateRoot<StockItem> implements AggregateRoot<StockItem, StockItemId> {

	private final @Id StockItemId id;

	private final Sku sku;

	private final ProductId productId;

	private int onHand;

	private int reserved;

	private @Version @Nullable Long version;

	@PersistenceCreator
	private StockItem(StockItemId id, Sku sku, ProductId productId, int onHand, int reserved, @Nullable Long version) {
		this.id = id;
		this.sku = sku;
		this.productId = productId;
		this.onHand = onHand;
		this.reserved = reserved;
		this.version = version;
	}

	/** A SKU whose stock is recorded from now on, with nothing on hand yet. */
	static StockItem of(Sku sku, ProductId product) {
		return new StockItem(new StockItemId(UUID.randomUUID()), sku, product, 0, 0, null);
	}

	int getAvailable() {
		return onHand - reserved;
	}

	boolean canReserve(int quantity) {
		return quantity <= getAvailable();
	}

	void reserve(int quantity, int lowStockThreshold) {
		if (!canReserve(quantity)) {
			throw new IllegalStateException(
					"%s has %d available, cannot reserve %d".formatted(sku, getAvailable(), quantity));
		}
		changeAvailability(() -> reserved += quantity, lowStockThreshold);
	}

	/** Frees units that were reserved for an order that will not take them. */
	void release(int quantity) {
		requireReserved(quantity);
		reserved -= quantity;
	}

	/** Reserved units were sold: they leave the stock on hand. */
	void commit(int quantity) {
		requireReserved(quantity);
		reserved -= quantity;
		onHand -= quantity;
	}

	/** Sold units came back before they left the warehouse. */
	void restock(int quantity) {
		onHand += quantity;
	}

	/** Records what a stock count found on hand. */
	void count(int counted, int lowStockThreshold) {
		if (counted < 0) {
			throw new IllegalArgumentException("a stock count cannot be negative, was " + counted);
		}
		if (counted < reserved) {
			throw new StockBelowReserved(sku, counted, reserved);
		}
		changeAvailability(() -> onHand = counted, lowStockThreshold);
	}

	private void changeAvailability(Runnable change, int lowStockThreshold) {
		var before = getAvailable();
		change.run();
		if (before >= lowStockThreshold && getAvailable() < lowStockThreshold) {
			registerEvent(new StockLow(sku, productId, getAvailable(), lowStockThreshold));
		}
	}

	private void requireReserved(int quantity) {
		if (quantity > reserved) {
			throw new IllegalStateException(
					"%s has only %d reserved, cannot take %d".formatted(sku, reserved, quantity));
		}
	}

	@Override
	public StockItemId getId() {
		return id;
	}

	Sku getSku() {
		return sku;
	}

	ProductId getProductId() {
		return productId;
	}

	int getOnHand() {
		return onHand;
	}

	int getReserved() {
		return reserved;
	}

}
