package app.orders.order;

import java.util.Set;

/**
 * Where an order is in its life. Each status names the ones it may move to; the
 * {@link Order} refuses every other move.
 */
enum OrderStatus {

	/** Placed; the catalog is reserving its stock. */
	PENDING,

	/** Its stock is reserved; it waits for the customer's payment to go through. */
	AWAITING_PAYMENT,

	/** Paid, with its stock sold to the customer; to be shipped. */
	CONFIRMED,

	/** On its way to the customer. */
	SHIPPED,

	/** With the customer. The end of a fulfilled order. */
	DELIVERED,

	/**
	 * Will not be fulfilled; its stock went back and its payment, if any, is refunded.
	 */
	CANCELLED;

	Set<OrderStatus> next() {
		return switch (this) {
			case PENDING -> Set.of(AWAITING_PAYMENT, CANCELLED);
			case AWAITING_PAYMENT -> Set.of(CONFIRMED, CANCELLED);
			case CONFIRMED -> Set.of(SHIPPED, CANCELLED);
			case SHIPPED -> Set.of(DELIVERED);
			case DELIVERED, CANCELLED -> Set.of();
		};
	}

	boolean canBecome(OrderStatus status) {
		return next().contains(status);
	}

}
