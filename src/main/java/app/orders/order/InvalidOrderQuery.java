package app.orders.order;

/** A search for orders that cannot mean anything, such as a date in the year 100000. */
public class InvalidOrderQuery extends RuntimeException {

	InvalidOrderQuery(String message) {
		super(message);
	}

}
