package app.catalog.product;

/**
 * A product listing or search that cannot be answered as asked: the message says what to
 * change.
 */
public class InvalidProductQuery extends RuntimeException {

	InvalidProductQuery(String message) {
		super(message);
	}

}
