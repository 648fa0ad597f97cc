package app.orders.order;

import java.time.Clock;
import java.util.function.Predicate;

import app.orders.OrderId;
import app.users.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a placed order, each one transaction that locks the order, changes it,
 * and stores it with the events and commands it registered: what customers and
 * administrators ask for, and the answers of the catalog and payments.
 */
@Service
@Transactional
class OrderLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OrderLifecycle.class);

	private final Orders orders;

	private final Clock clock;

	private final OrderMetrics metrics;

	OrderLifecycle(Orders orders, Clock clock, OrderMetrics metrics) {
		this.orders = orders;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Transactional(readOnly = true)
	OrderView view(OrderId id, CurrentUser caller) {
		return OrderView.of(orders.findById(id)
			.filter(order -> caller.isAdmin() || order.isPlacedBy(caller.id()))
			.orElseThrow(() -> new OrderNotFound(id)));
	}

	OrderView pay(OrderId id, CurrentUser caller, String cardToken) {
		var order = ownLocked(id, caller);
		order.pay(cardToken, clock.instant());
		log.info("Order {} received a card", id);
		return OrderView.of(orders.saveChange(order));
	}

	OrderView cancel(OrderId id, CurrentUser caller) {
		var order = orders.findLockedById(id)
			.filter(it -> caller.isAdmin() || it.isPlacedBy(caller.id()))
			.orElseThrow(() -> new OrderNotFound(id));
		var before = order.getStatus();
		order.cancelOnRequest(!order.isPlacedBy(caller.id()), clock.instant());
		log.info("Order {} was cancelled by {}", id, order.isPlacedBy(caller.id()) ? "its customer" : "the shop");
		var saved = orders.saveChange(order);
		metrics.changed(saved, before, clock.instant());
		return OrderView.of(saved);
	}

	OrderView ship(OrderId id) {
		var order = locked(id);
		order.ship(clock.instant());
		log.info("Order {} was shipped", id);
		return OrderView.of(orders.saveChange(order));
	}

	OrderView deliver(OrderId id) {
		var order = locked(id);
		order.deliver(clock.instant());
		log.info("Order {} was delivered", id);
		return OrderView.of(orders.saveChange(order));
	}

	void stockReserved(OrderId id) {
		answer(id, "stock reserved", order -> order.stockReserved(clock.instant()));
	}

	void stockRejected(OrderId id, String detail) {
		answer(id, "stock rejected", order -> order.stockRejected(detail, clock.instant()));
	}

	void paymentCompleted(OrderId id, String cardLast4) {
		answer(id, "payment completed", order -> order.paymentCompleted(cardLast4, clock.instant()));
	}

	void paymentDeclined(OrderId id, String detail) {
		answer(id, "payment declined", order -> order.paymentDeclined(detail, clock.instant()));
	}

	void refunded(OrderId id) {
		answer(id, "payment refunded", order -> order.refunded(clock.instant()));
	}

	void expireUnpaid(OrderId id) {
		answer(id, "payment window closed", order -> order.expireUnpaid(clock.instant()));
	}

	/*
	 * An answer from another module: applied if the order still expects it, ignored if it
	 * was delivered before or comes too late.
	 */
	private void answer(OrderId id, String answer, Predicate<Order> change) {
		var found = orders.findLockedById(id);
		if (found.isEmpty()) {
			// Every command this module sends is stored with its order: this answer is
			// about someone else's order, and retrying it would not change that.
			log.warn("Ignoring {} for order {}, which this shop never placed", answer, id);
			return;
		}
		var order = found.get();
		var before = order.getStatus();
		if (change.test(order)) {
			orders.saveChange(order);
			metrics.changed(order, before, clock.instant());
			log.info("Order {}: {}, now {}", id, answer, order.getStatus());
		}
		else {
			log.debug("Order {} is {}: nothing to do on {}", id, order.getStatus(), answer);
		}
	}

	private Order locked(OrderId id) {
		return orders.findLockedById(id).orElseThrow(() -> new OrderNotFound(id));
	}

	private Order ownLocked(OrderId id, CurrentUser caller) {
		return orders.findLockedById(id)
			.filter(order -> order.isPlacedBy(caller.id()))
			.orElseThrow(() -> new OrderNotFound(id));
	}

}
