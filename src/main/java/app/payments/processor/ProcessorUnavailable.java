package app.payments.processor;

import java.util.Objects;

/**
 * A processor gave no answer: it timed out, failed, dropped the connection, refused the
 * request itself, or was not even asked because its circuit breaker is open, too many
 * calls are under way or no connection could be made. Thrown after the processor's own
 * retries; payments then asks again later with the same idempotency key.
 */
public class ProcessorUnavailable extends RuntimeException {

	/**
	 * How far a call got, which decides whether it may have moved money and whether it
	 * counts as an attempt.
	 */
	public enum Reach {

		/**
		 * No request reached the processor: its circuit breaker was open, too many calls
		 * were under way, or no connection could be made. Nothing was charged, and the
		 * call is no attempt.
		 */
		NOT_SENT,

		/**
		 * The processor answered by refusing the request itself (a client error such as
		 * bad credentials): this request moved no money.
		 */
		REFUSED,

		/**
		 * A request reached the processor, or may have, and no usable answer came back (a
		 * timeout, a reset connection, a server error): it may have been carried out.
		 * Asking again with the same key, or looking the key up, finds out.
		 */
		NO_ANSWER

	}

	private final Reach reach;

	public ProcessorUnavailable(String message, Reach reach) {
		super(message);
		this.reach = Objects.requireNonNull(reach, "reach must not be null");
	}

	public ProcessorUnavailable(String message, Reach reach, Throwable cause) {
		super(message, cause);
		this.reach = Objects.requireNonNull(reach, "reach must not be null");
	}

	public Reach reach() {
		return reach;
	}

	/**
	 * Whether the request may have reached the processor and been carried out without its
	 * answer reaching us, rather than certainly not (never sent, or refused).
	 */
	public boolean outcomeUnknown() {
		return reach == Reach.NO_ANSWER;
	}

}
