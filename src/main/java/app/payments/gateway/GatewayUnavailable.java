package app.payments.gateway;

/**
 * A gateway gave no answer: it timed out, failed, dropped the connection, or was not even
 * asked because its circuit breaker is open or too many calls are under way. Thrown after
 * the gateway's own retries; payments then asks again later with the same idempotency
 * key.
 */
public class GatewayUnavailable extends RuntimeException {

	private final boolean outcomeUnknown;

	public GatewayUnavailable(String message, boolean outcomeUnknown) {
		super(message);
		this.outcomeUnknown = outcomeUnknown;
	}

	public GatewayUnavailable(String message, boolean outcomeUnknown, Throwable cause) {
		super(message, cause);
		this.outcomeUnknown = outcomeUnknown;
	}

	/**
	 * Whether the request may have reached the processor and been carried out without its
	 * answer reaching us (a timeout, a reset connection, a server error), rather than
	 * certainly not (never sent, or refused as invalid). Repeating the call with the same
	 * idempotency key finds out.
	 */
	public boolean outcomeUnknown() {
		return outcomeUnknown;
	}

}
