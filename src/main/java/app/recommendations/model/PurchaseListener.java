package app.recommendations.model;

import app.orders.OrderCancelled;
import app.orders.OrderConfirmed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Confirmed orders count, cancelled ones are taken back out, each after the orders
 * module's transaction committed and in a transaction of its own. A failure here leaves
 * the publication incomplete, to be resubmitted, and the checkout unaffected.
 */
@Component
class PurchaseListener {

	private final PurchaseModel purchases;

	PurchaseListener(PurchaseModel purchases) {
		this.purchases = purchases;
	}

	@ApplicationModuleListener
	void on(OrderConfirmed event) {
		purchases.count(event);
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		purchases.takeBack(event);
	}

}
