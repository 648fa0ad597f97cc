package app.catalog;

/** No category has the given id. */
public class CategoryNotFound extends RuntimeException {

	public CategoryNotFound(CategoryId id) {
		super("There is no category " + id);
	}

}
