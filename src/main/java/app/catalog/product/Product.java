package app.catalog.product;

import java.time.Instant;
import java.util.Objects;

import app.catalog.Attributes;
import app.catalog.CategoryId;
import app.catalog.PriceChanged;
import app.catalog.ProductActivated;
import app.catalog.ProductAdded;
import app.catalog.ProductDeactivated;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Something the shop sells under one SKU. Its SKU never changes; everything else does,
 * through intent-named methods that publish what happened.
 */
@Table(schema = "catalog", name = "products")
public class Product extends AbstractAggregateRoot<Product> implements AggregateRoot<Product, ProductId> {

	private final @Id ProductId id;

	private final Sku sku;

	private String name;

	private String description;

	private @Embedded.Nullable(prefix = "price_") Money price;

	private CategoryId categoryId;

	private Attributes attributes;

	private boolean active;

	private final @InsertOnlyProperty Instant createdAt;

	private Instant updatedAt;

	private @Version @Nullable Long version;

	@PersistenceCreator
	private Product(ProductId id, Sku sku, String name, String description, Money price, CategoryId categoryId,
			Attributes attributes, boolean active, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.sku = sku;
		this.name = name;
		this.description = description;
		this.price = price;
		this.categoryId = categoryId;
		this.attributes = attributes;
		this.active = active;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A new, active product. */
	static Product add(Sku sku, String name, String description, Money price, CategoryId category,
			Attributes attributes, Instant now) {
		var product = new Product(ProductId.random(), sku, requireName(name),
				Objects.requireNonNullElse(description, ""), requirePositive(price), category, attributes, true, now,
				now, null);
		product.registerEvent(new ProductAdded(product.id, sku, product.name, price, category));
		return product;
	}

	void describe(String name, String description, CategoryId category, Attributes attributes, Instant now) {
		this.name = requireName(name);
		this.description = Objects.requireNonNullElse(description, "");
		this.categoryId = Objects.requireNonNull(category, "category must not be null");
		this.attributes = Objects.requireNonNull(attributes, "attributes must not be null");
		this.updatedAt = now;
	}

	void changePrice(Money newPrice, Instant now) {
		requirePositive(newPrice);
		if (newPrice.equals(price)) {
			return;
		}
		var previous = price;
		price = newPrice;
		updatedAt = now;
		registerEvent(new PriceChanged(id, sku, previous, newPrice));
	}

	/** Takes the product off sale. Doing it again changes nothing. */
	void deactivate(Instant now) {
		if (active) {
			active = false;
			updatedAt = now;
			registerEvent(new ProductDeactivated(id, sku));
		}
	}

	/** Puts the product back on sale. Doing it again changes nothing. */
	void activate(Instant now) {
		if (!active) {
			active = true;
			updatedAt = now;
			registerEvent(new ProductActivated(id, sku));
		}
	}

	@Override
	public ProductId getId() {
		return id;
	}

	public Sku getSku() {
		return sku;
	}

	public String getName() {
		return name;
	}

	public Money getPrice() {
		return price;
	}

	public boolean isActive() {
		return active;
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a product needs a name");
		}
		return name.strip();
	}

	private static Money requirePositive(Money price) {
		if (!Objects.requireNonNull(price, "price must not be null").isPositive()) {
			throw new IllegalArgumentException("a price must be greater than zero, was " + price);
		}
		return price;
	}

}
