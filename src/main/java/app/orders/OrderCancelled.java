package app.orders;

import app.users.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An order will not be fulfilled. Its stock goes back and, if it was paid, its payment is
 * refunded.
 *
 * @param detail why, in words for the customer
 */
public record OrderCancelled(OrderId orderId, UserId customerId, Reason reason, String detail) implements DomainEvent {

	/** Why an order was cancelled. */
	public enum Reason {

		/** The catalog could not reserve every line. */
		STOCK_REJECTED,

		/** The payment did not go through. */
		PAYMENT_DECLINED,

		/** No card was given before the payment window closed. */
		PAYMENT_NOT_RECEIVED,

		/** The customer cancelled it before it was shipped. */
		CANCELLED_BY_CUSTOMER,

		/** An administrator cancelled it before it was shipped. */
		CANCELLED_BY_ADMIN

	}

}
