package app.recommendations.model;

import java.time.Duration;
import java.util.HashSet;

import app.catalog.ProductId;
import app.orders.FulfilledOrder;
import app.orders.OrderHistory;
import app.orders.OrderId;
import app.orders.OrderLine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throws the counts away and counts every fulfilled order again from the orders' history,
 * through the same code the listeners use; the events it was built from are gone once
 * delivered. One transaction with the model to itself: readers see the old model until
 * the new one is complete, and a listener's event is counted either by the rebuild or,
 * resubmitted after it, by the listener, never by both (ADR 0015).
 */
@Service
class ModelRebuild {

	private static final Logger log = LoggerFactory.getLogger(ModelRebuild.class);

	private final PurchaseModel purchases;

	private final KnownProducts products;

	private final OrderHistory history;

	private final ModelLock lock;

	private final RecommendationsSettings settings;

	ModelRebuild(PurchaseModel purchases, KnownProducts products, OrderHistory history, ModelLock lock,
			RecommendationsSettings settings) {
		this.purchases = purchases;
		this.products = products;
		this.history = history;
		this.lock = lock;
		this.settings = settings;
	}

	/** What a rebuild did. */
	record Report(int orders, int products, Duration duration) {
	}

	/**
	 * Rebuilds the model, refreshing from the catalog every product an order holds.
	 * @throws RebuildInProgress if another rebuild runs
	 */
	@Transactional
	Report rebuild() {
		long started = System.nanoTime();
		lock.takeAlone();
		purchases.clear();
		log.info("Rebuilding the recommendations from the orders' history");
		int orders = 0;
		int refreshed = 0;
		var seen = new HashSet<ProductId>();
		@Nullable OrderId after = null;
		for (var page = history.fulfilled(null, settings.rebuildPageSize()); !page.isEmpty(); page = history
			.fulfilled(after, settings.rebuildPageSize())) {
			var fresh = new HashSet<ProductId>();
			for (FulfilledOrder order : page) {
				purchases.record(order.orderId(), order.customerId(), order.lines());
				order.lines().stream().map(OrderLine::productId).filter(seen::add).forEach(fresh::add);
			}
			refreshed += products.refreshAll(fresh);
			orders += page.size();
			after = page.get(page.size() - 1).orderId();
			log.info("Rebuilding the recommendations: {} orders counted", orders);
		}
		var report = new Report(orders, refreshed, Duration.ofNanos(System.nanoTime() - started));
		log.info("Rebuilt the recommendations from {} orders and {} products in {} ms", orders, refreshed,
				report.duration().toMillis());
		return report;
	}

}
