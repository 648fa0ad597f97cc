package app.catalog.category;

import app.catalog.CategoryId;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * Moving a category under itself or one of its descendants would make the tree a cycle.
 */
@Refusal(status = HttpStatus.CONFLICT, type = "category-cycle")
class CategoryCycle extends RuntimeException {

	CategoryCycle(CategoryId category, CategoryId parent) {
		super("Category " + category + " cannot move under " + parent + ", which is itself or lies below it");
	}

}
