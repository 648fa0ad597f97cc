package app.catalog.category;

import java.time.Clock;
import java.util.List;

import app.catalog.CategoryId;
import app.catalog.NewCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grows and rearranges the category tree, keeping it a tree with distinct names among
 * siblings.
 */
@Service
@Transactional
public class CategoryManagement {

	private final Categories categories;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CategoryManagement(Categories categories, Clock clock, ApplicationEventPublisher events) {
		this.categories = categories;
		this.clock = clock;
		this.events = events;
	}

	public Category add(NewCategory request) {
		requireParent(request.parentId());
		return saveUniquelyNamed(Category.create(request.name(), request.parentId(), clock.instant()));
	}

	Category change(CategoryId id, CategoryChanges changes) {
		categories.lockTreeShape();
		var category = categories.findById(id).orElseThrow(() -> new CategoryNotFound(id));
		var parent = changes.parentId();
		requireParent(parent);
		if (parent != null && categories.isWithinSubtree(id, parent)) {
			throw new CategoryCycle(id, parent);
		}
		category.rename(changes.name());
		category.moveUnder(parent);
		events.publishEvent(new CategoryTreeChanged(id));
		return saveUniquelyNamed(category);
	}

	@Transactional(readOnly = true)
	public List<Category> all() {
		return categories.findAll();
	}

	private Category saveUniquelyNamed(Category category) {
		try {
			return categories.save(category);
		}
		catch (DuplicateKeyException ex) {
			throw new CategoryNameTaken(category.getName());
		}
	}

	private void requireParent(@Nullable CategoryId parent) {
		if (parent != null) {
			categories.requireExisting(parent);
		}
	}

}
