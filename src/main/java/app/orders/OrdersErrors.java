package app.orders;

import app.orders.cart.CartLimitExceeded;
import app.orders.cart.NotInCart;
import app.orders.cart.ProductUnavailable;
import app.orders.cart.UnknownProduct;
import app.orders.order.EmptyCart;
import app.orders.order.IdempotencyKeyReused;
import app.orders.order.IllegalTransition;
import app.orders.order.InvalidIdempotencyKey;
import app.orders.order.InvalidOrderQuery;
import app.orders.order.MixedCurrencies;
import app.orders.order.OrderNotFound;
import app.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The orders module's refusals as problem details: a cart or checkout the shop cannot
 * accept is a 422 with a type saying why, an order that is not the caller's is a 404, and
 * a step the order's status does not allow is a 409.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrdersErrors {

	@ExceptionHandler(EmptyCart.class)
	ProblemDetail emptyCart(EmptyCart ex) {
		return ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "empty-cart", ex.getMessage());
	}

	@ExceptionHandler(UnknownProduct.class)
	ProblemDetail unknownProduct(UnknownProduct ex) {
		return ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-product", ex.getMessage());
	}

	@ExceptionHandler(ProductUnavailable.class)
	ProblemDetail productUnavailable(ProductUnavailable ex) {
		var problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "product-unavailable", ex.getMessage());
		problem.setProperty("skus", ex.skus());
		return problem;
	}

	@ExceptionHandler(CartLimitExceeded.class)
	ProblemDetail cartLimit(CartLimitExceeded ex) {
		return ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "cart-limit-exceeded", ex.getMessage());
	}

	@ExceptionHandler(MixedCurrencies.class)
	ProblemDetail mixedCurrencies(MixedCurrencies ex) {
		return ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "mixed-currencies", ex.getMessage());
	}

	@ExceptionHandler(InvalidIdempotencyKey.class)
	ProblemDetail invalidIdempotencyKey(InvalidIdempotencyKey ex) {
		return ApiProblems.of(HttpStatus.BAD_REQUEST, "idempotency-key-required", ex.getMessage());
	}

	@ExceptionHandler(InvalidOrderQuery.class)
	ProblemDetail invalidQuery(InvalidOrderQuery ex) {
		return ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-request", ex.getMessage());
	}

	@ExceptionHandler(IdempotencyKeyReused.class)
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReused ex) {
		return ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", ex.getMessage());
	}

	@ExceptionHandler({ OrderNotFound.class, NotInCart.class })
	ProblemDetail notFound(RuntimeException ex) {
		return ApiProblems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler(IllegalTransition.class)
	ProblemDetail illegalTransition(IllegalTransition ex) {
		return ApiProblems.of(HttpStatus.CONFLICT, "order-status-conflict", ex.getMessage());
	}

}
