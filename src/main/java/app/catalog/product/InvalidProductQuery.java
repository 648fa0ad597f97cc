package app.catalog.product;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A product listing or search that cannot be answered as asked: the message says what to
 * change.
 */
@Refusal(status = HttpStatus.BAD_REQUEST, type = "invalid-request")
class InvalidProductQuery extends RuntimeException {

	InvalidProductQuery(String message) {
		super(message);
	}

}
