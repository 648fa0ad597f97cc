package app.recommendations.model;

import app.catalog.ProductActivated;
import app.catalog.ProductAdded;
import app.catalog.ProductDeactivated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the model's products in step with the catalog: a new product is on sale, and a
 * product taken off sale or put back on is read back from the catalog (see
 * {@link KnownProducts#refresh}).
 */
@Component
class ProductListener {

	private final KnownProducts products;

	private final ModelLock lock;

	ProductListener(KnownProducts products, ModelLock lock) {
		this.products = products;
		this.lock = lock;
	}

	@ApplicationModuleListener
	void on(ProductAdded event) {
		lock.share();
		products.added(event);
	}

	@ApplicationModuleListener
	void on(ProductActivated event) {
		lock.share();
		products.refresh(event.product());
	}

	@ApplicationModuleListener
	void on(ProductDeactivated event) {
		lock.share();
		products.refresh(event.product());
	}

}
