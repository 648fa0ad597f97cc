package app.catalog.category;

import app.catalog.CategoryId;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A request names, in its body, a category that does not exist: the request cannot be
 * carried out (422), unlike a path naming one, which finds nothing (404).
 */
@Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-category")
class UnknownCategory extends RuntimeException {

	UnknownCategory(CategoryId id) {
		super("There is no category " + id);
	}

}
