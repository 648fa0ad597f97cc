package app.orders.order;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** An idempotency key that placed an order came again with a different request. */
@Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "idempotency-key-reused")
class IdempotencyKeyReused extends RuntimeException {

	IdempotencyKeyReused() {
		super("This Idempotency-Key was already used for a different checkout request: "
				+ "send that request unchanged, or use a new key for a new order");
	}

}
