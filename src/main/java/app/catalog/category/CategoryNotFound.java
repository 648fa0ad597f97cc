package app.catalog.category;

import app.catalog.CategoryId;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** No category has the given id. */
@Refusal(status = HttpStatus.NOT_FOUND, type = "not-found")
class CategoryNotFound extends RuntimeException {

	CategoryNotFound(CategoryId id) {
		super("There is no category " + id);
	}

}
