package app.catalog;

/**
 * Moving a category under itself or one of its descendants would make the tree a cycle.
 */
public class CategoryCycle extends RuntimeException {

	public CategoryCycle(CategoryId category, CategoryId parent) {
		super("Category " + category + " cannot move under " + parent + ", which is itself or lies below it");
	}

}
