package app.orders.order;

/** A checkout's Idempotency-Key header is missing or malformed. */
public class InvalidIdempotencyKey extends RuntimeException {

	InvalidIdempotencyKey(String message) {
		super(message);
	}

}
