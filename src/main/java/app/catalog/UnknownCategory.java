package app.catalog;

/**
 * A request names, in its body, a category that does not exist: the request cannot be
 * carried out (422), unlike a path naming one, which finds nothing (404).
 */
public class UnknownCategory extends RuntimeException {

	public UnknownCategory(CategoryId id) {
		super("There is no category " + id);
	}

}
