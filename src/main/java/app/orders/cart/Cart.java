package app.orders.cart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.users.UserId;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer's cart, kept on the server: what they mean to buy and how many. It holds no
 * prices; the catalog prices it when it is shown and when the customer checks out. Its
 * identifier is the customer's: one cart each.
 */
@Table(schema = "orders", name = "carts")
class Cart implements AggregateRoot<Cart, UserId> {

	private final @Id UserId id;

	private @MappedCollection(idColumn = "cart_id", keyColumn = "position") List<CartLine> lines;

	private Instant updatedAt;

	private @Version @Nullable Long version;

	@PersistenceCreator
	private Cart(UserId id, List<CartLine> lines, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.lines = new ArrayList<>(lines);
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Cart empty(UserId customer, Instant now) {
		return new Cart(customer, List.of(), now, null);
	}

	/** Adds units of a product, to its line if the cart has one already. */
	void add(Sku sku, ProductId product, int quantity, CartLimits limits, Instant now) {
		if (quantity < 1) {
			throw new IllegalArgumentException("add at least 1 unit, not " + quantity);
		}
		var existing = line(sku);
		if (existing.isEmpty() && lines.size() >= limits.maxCartLines()) {
			throw new CartLimitExceeded("A cart holds at most %d different products".formatted(limits.maxCartLines()));
		}
		int total = existing.map(CartLine::quantity).orElse(0) + quantity;
		requireWithinLimit(sku, total, limits);
		existing.ifPresentOrElse(line -> replace(line, line.withQuantity(total)),
				() -> lines.add(new CartLine(sku, product, quantity)));
		updatedAt = now;
	}

	/** Sets how many units of a product already in the cart it holds. */
	void change(Sku sku, int quantity, CartLimits limits, Instant now) {
		var line = line(sku).orElseThrow(() -> new NotInCart(sku));
		requireWithinLimit(sku, quantity, limits);
		replace(line, line.withQuantity(quantity));
		updatedAt = now;
	}

	/**
	 * Takes a product out of the cart; taking out one that is not there changes nothing.
	 */
	void remove(Sku sku, Instant now) {
		if (lines.removeIf(line -> line.sku().equals(sku))) {
			updatedAt = now;
		}
	}

	void clear(Instant now) {
		lines.clear();
		updatedAt = now;
	}

	List<CartLine> getLines() {
		return List.copyOf(lines);
	}

	@Override
	public UserId getId() {
		return id;
	}

	private Optional<CartLine> line(Sku sku) {
		return lines.stream().filter(line -> line.sku().equals(sku)).findFirst();
	}

	private void replace(CartLine line, CartLine replacement) {
		lines.set(lines.indexOf(line), replacement);
	}

	private static void requireWithinLimit(Sku sku, int quantity, CartLimits limits) {
		if (quantity > limits.maxQuantityPerLine()) {
			throw new CartLimitExceeded("A cart holds at most %d units of one product; %d of %s is too many"
				.formatted(limits.maxQuantityPerLine(), quantity, sku));
		}
	}

}
