package app.catalog.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.catalog.CategoryId;
import org.jspecify.annotations.Nullable;

/**
 * A category with its sub-categories, sorted by name, as the category menu of a shop
 * shows it.
 */
record CategoryTree(CategoryId id, String name, @Nullable CategoryId parentId, List<CategoryTree> children) {

	static List<CategoryTree> of(List<Category> categories) {
		var byParent = new HashMap<@Nullable CategoryId, List<Category>>();
		categories.forEach(it -> byParent.computeIfAbsent(it.getParentId(), key -> new ArrayList<>()).add(it));
		return childrenOf(null, byParent);
	}

	static Optional<CategoryTree> find(List<CategoryTree> trees, CategoryId id) {
		return trees.stream()
			.map(tree -> tree.id().equals(id) ? Optional.of(tree) : find(tree.children(), id))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static List<CategoryTree> childrenOf(@Nullable CategoryId parent,
			Map<@Nullable CategoryId, List<Category>> byParent) {
		return byParent.getOrDefault(parent, List.of())
			.stream()
			.sorted(Comparator.comparing(Category::getName, String.CASE_INSENSITIVE_ORDER))
			.map(it -> new CategoryTree(it.getId(), it.getName(), it.getParentId(), childrenOf(it.getId(), byParent)))
			.toList();
	}
}
