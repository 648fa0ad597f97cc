package app.payments.processor;

/**
 * The processor answered that it will not make a refund: the charge was refunded before
 * under another key, is too old, or is not known to it. Unlike
 * {@link ProcessorUnavailable} this is an answer, and asking again gets the same one; a
 * person has to look at it.
 */
public class RefundRefused extends RuntimeException {

	public RefundRefused(String message) {
		super(message);
	}

}
