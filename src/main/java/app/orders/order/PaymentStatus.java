package app.orders.order;

/**
 * How far the payment of an order has come, as the order knows it from payments' events.
 */
enum PaymentStatus {

	/** No card was given yet: the customer pays with POST /api/orders/{id}/payment. */
	AWAITING_CARD,

	/** A card was given; it is charged once the stock is reserved. */
	CARD_RECEIVED,

	/** Payments was asked to charge the card and has not answered yet. */
	CHARGING,

	/** The total was charged. */
	PAID,

	/** The charge did not go through; nothing was charged. */
	DECLINED,

	/** The order was cancelled before its card was charged: nothing was, nor will be. */
	NOT_CHARGED,

	/** The order was cancelled after it was paid; the refund is under way. */
	REFUNDING,

	/** What was charged went back to the card. */
	REFUNDED

}
