package app.orders.order;

/** An idempotency key that placed an order came again with a different request. */
public class IdempotencyKeyReused extends RuntimeException {

	IdempotencyKeyReused() {
		super("This Idempotency-Key was already used for a different checkout request: "
				+ "send that request unchanged, or use a new key for a new order");
	}

}
