package app.catalog;

import app.catalog.product.InvalidProductQuery;
import app.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The catalog's refusals as problem details, each with a stable type a client can act on.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogErrors {

	@ExceptionHandler({ ProductNotFound.class, CategoryNotFound.class })
	ProblemDetail notFound(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex);
	}

	@ExceptionHandler(UnknownCategory.class)
	ProblemDetail unknownCategory(UnknownCategory ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-category", ex);
	}

	@ExceptionHandler(SkuAlreadyUsed.class)
	ProblemDetail skuAlreadyUsed(SkuAlreadyUsed ex) {
		return problem(HttpStatus.CONFLICT, "sku-already-used", ex);
	}

	@ExceptionHandler(CategoryNameTaken.class)
	ProblemDetail categoryNameTaken(CategoryNameTaken ex) {
		return problem(HttpStatus.CONFLICT, "category-name-taken", ex);
	}

	@ExceptionHandler(CategoryCycle.class)
	ProblemDetail categoryCycle(CategoryCycle ex) {
		return problem(HttpStatus.CONFLICT, "category-cycle", ex);
	}

	@ExceptionHandler(StockBelowReserved.class)
	ProblemDetail stockBelowReserved(StockBelowReserved ex) {
		return problem(HttpStatus.CONFLICT, "stock-below-reserved", ex);
	}

	@ExceptionHandler(InvalidProductQuery.class)
	ProblemDetail invalidQuery(InvalidProductQuery ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-request", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String type, RuntimeException ex) {
		return ApiProblems.of(status, type, ex.getMessage());
	}

}
