package app.catalog.category;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** A sibling category already has this name. */
@Refusal(status = HttpStatus.CONFLICT, type = "category-name-taken")
class CategoryNameTaken extends RuntimeException {

	CategoryNameTaken(String name) {
		super("There is already a category named \"" + name + "\" there");
	}

}
