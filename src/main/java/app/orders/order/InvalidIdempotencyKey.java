package app.orders.order;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** A checkout's Idempotency-Key header is missing or malformed. */
@Refusal(status = HttpStatus.BAD_REQUEST, type = "idempotency-key-required")
class InvalidIdempotencyKey extends RuntimeException {

	InvalidIdempotencyKey(String message) {
		super(message);
	}

}
