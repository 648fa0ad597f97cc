package app.orders.order;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import app.catalog.Sku;
import app.orders.OrderId;
import app.orders.OrderLine;
import app.orders.cart.CartLine;
import app.orders.cart.ProductUnavailable;
import app.orders.cart.ShoppingCart;
import app.orders.cart.UnknownProduct;
import app.users.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a customer's cart into an order, once per idempotency key: in one transaction the
 * key is claimed, the cart emptied, its lines priced by the catalog as they are now, and
 * the order stored with its {@link app.orders.OrderPlaced} event and the command to
 * reserve its stock. A failure leaves the cart as it was and the key unused.
 */
@Service
class Checkout {

	private static final Logger log = LoggerFactory.getLogger(Checkout.class);

	private final Checkouts checkouts;

	private final ShoppingCart cart;

	private final Orders orders;

	private final Clock clock;

	private final OrderMetrics metrics;

	Checkout(Checkouts checkouts, ShoppingCart cart, Orders orders, Clock clock, OrderMetrics metrics) {
		this.checkouts = checkouts;
		this.cart = cart;
		this.orders = orders;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * The order this checkout placed, as it was placed, and whether an earlier request
	 * with the same key placed it.
	 */
	record Placement(OrderView order, boolean replayed) {
	}

	@Transactional
	Placement place(UserId customer, IdempotencyKey key, CheckoutRequest request) {
		var fingerprint = request.fingerprint();
		var id = OrderId.random();
		var now = clock.instant();
		if (!checkouts.claim(customer, key, fingerprint, id, now)) {
			var earlier = checkouts.find(customer, key).orElseThrow();
			if (!earlier.fingerprint().equals(fingerprint)) {
				throw new IdempotencyKeyReused();
			}
			log.info("Checkout with a known idempotency key: returning order {}", earlier.order());
			return new Placement(OrderView.of(orders.findById(earlier.order()).orElseThrow()), true);
		}
		var lines = priced(cart.takeForCheckout(customer));
		var order = orders
			.save(Order.place(id, customer, lines, request.shippingAddress(), request.paymentToken(), now));
		log.info("Order {} placed: {} lines, {}", id, lines.size(), order.getTotal());
		metrics.placed();
		// The order as it was just stored: reading it again would cost a transaction and
		// three queries per checkout, and could show a later step of the saga instead.
		return new Placement(OrderView.of(order), false);
	}

	/*
	 * Every line at the catalog's price now; a product no longer on sale stops the
	 * checkout.
	 */
	private List<OrderLine> priced(List<CartLine> lines) {
		if (lines.isEmpty()) {
			throw new EmptyCart();
		}
		var products = cart.productsIn(lines);
		var unavailable = new ArrayList<Sku>();
		var priced = new ArrayList<OrderLine>();
		for (var line : lines) {
			var product = products.get(line.productId());
			if (product == null) {
				throw new UnknownProduct(line.sku());
			}
			if (!product.active()) {
				unavailable.add(line.sku());
				continue;
			}
			priced.add(new OrderLine(product.id(), product.sku(), product.name(), product.price(), line.quantity()));
		}
		if (!unavailable.isEmpty()) {
			throw new ProductUnavailable(unavailable);
		}
		if (priced.stream().map(line -> line.unitPrice().currency()).distinct().count() > 1) {
			throw new MixedCurrencies();
		}
		return priced;
	}

}
