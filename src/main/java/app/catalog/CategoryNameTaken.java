package app.catalog;

/** A sibling category already has this name. */
public class CategoryNameTaken extends RuntimeException {

	public CategoryNameTaken(String name) {
		super("There is already a category named \"" + name + "\" there");
	}

}
