package app.orders.order;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** A search for orders that cannot mean anything, such as a date in the year 100000. */
@Refusal(status = HttpStatus.BAD_REQUEST, type = "invalid-request")
class InvalidOrderQuery extends RuntimeException {

	InvalidOrderQuery(String message) {
		super(message);
	}

}
