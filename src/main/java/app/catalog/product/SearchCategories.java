package app.catalog.product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The category tree as searches need it: the subtree a search within a category covers,
 * the ancestors a product's count rolls up to, and names for facets and suggestions. Read
 * with the index's changes ({@link SearchIndexFeed}): products keep only their own
 * category, so moving a category changes no document.
 */
final class SearchCategories {

	static final SearchCategories NONE = new SearchCategories(Map.of());

	private final Map<UUID, Node> nodes;

	private final Map<UUID, List<UUID>> children = new HashMap<>();

	SearchCategories(Map<UUID, Node> nodes) {
		this.nodes = Map.copyOf(nodes);
		this.nodes.forEach((id, node) -> {
			if (node.parentId() != null) {
				children.computeIfAbsent(node.parentId(), parent -> new ArrayList<>()).add(id);
			}
		});
	}

	Map<UUID, Node> nodes() {
		return nodes;
	}

	/** {@code category} and every category below it; none for an unknown one. */
	Set<UUID> subtree(UUID category) {
		var subtree = new HashSet<UUID>();
		var next = new ArrayList<UUID>();
		if (nodes.containsKey(category)) {
			next.add(category);
		}
		while (!next.isEmpty()) {
			var id = next.remove(next.size() - 1);
			// A set, so that a cycle, should one ever exist, ends the walk.
			if (subtree.add(id)) {
				next.addAll(children.getOrDefault(id, List.of()));
			}
		}
		return subtree;
	}

	/** {@code category} and every category above it, nearest first. */
	List<UUID> withAncestors(UUID category) {
		var line = new ArrayList<UUID>();
		for (UUID at = category; at != null && nodes.containsKey(at)
				&& !line.contains(at); at = nodes.get(at).parentId()) {
			line.add(at);
		}
		return line;
	}

	/** One category: its name and the category it is in, if any. */
	record Node(String name, @Nullable UUID parentId) {
	}

}
