package app.orders;

import java.util.List;

import app.money.Money;
import app.users.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An order will not be fulfilled. Its stock goes back and, if it was paid, its payment is
 * refunded. Carries the lines and total, so that a listener needs to ask nothing.
 *
 * @param detail why, in words for the customer
 */
public record OrderCancelled(OrderId orderId, UserId customerId, List<OrderLine> lines, Money total, Reason reason,
		String detail) implements DomainEvent {

	public OrderCancelled {
		lines = List.copyOf(lines);
	}

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
