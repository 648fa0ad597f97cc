package app.catalog.category;

import java.time.Instant;

import app.catalog.CategoryId;
import app.catalog.NewCategory;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A node of the catalog's category tree ("Footwear" › "Running"). A category without
 * parent is top-level.
 */
@Table(schema = "catalog", name = "categories")
public class Category implements AggregateRoot<Category, CategoryId> {

	private final @Id CategoryId id;

	private String name;

	private @Nullable CategoryId parentId;

	private final @InsertOnlyProperty Instant createdAt;

	private @Version @Nullable Long version;

	@PersistenceCreator
	private Category(CategoryId id, String name, @Nullable CategoryId parentId, Instant createdAt,
			@Nullable Long version) {
		this.id = id;
		this.name = name;
		this.parentId = parentId;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Category create(String name, @Nullable CategoryId parent, Instant now) {
		return new Category(CategoryId.random(), requireName(name), parent, now, null);
	}

	void rename(String name) {
		this.name = requireName(name);
	}

	/**
	 * Moves this category under another one (or to the top with {@code null}); the caller
	 * rules out cycles.
	 */
	void moveUnder(@Nullable CategoryId parent) {
		if (id.equals(parent)) {
			throw new IllegalArgumentException("a category cannot be its own parent");
		}
		this.parentId = parent;
	}

	@Override
	public CategoryId getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public @Nullable CategoryId getParentId() {
		return parentId;
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > NewCategory.MAX_NAME_LENGTH) {
			throw new IllegalArgumentException(
					"a category name has 1 to %d characters".formatted(NewCategory.MAX_NAME_LENGTH));
		}
		return name.strip();
	}

}
