package app.demo;

import app.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the {@link DemoCatalog} once: when enabled and the catalog is still empty. All of
 * it or nothing, in one transaction, so a start interrupted half-way loads it again next
 * time. Runs before the application reports ready.
 */
@Component
class DemoShop implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoShop.class);

	private final Catalog catalog;

	private final DemoSettings settings;

	private final boolean onItsOwn;

	private final TransactionTemplate transaction;

	DemoShop(Catalog catalog, DemoSettings settings, @Value("${agora.local-data:}") String localData,
			TransactionTemplate transaction) {
		this.catalog = catalog;
		this.settings = settings;
		// A shop on its own (app.database.LocalData) shows the demo catalog unless told
		// not to.
		this.onItsOwn = !localData.isBlank();
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		var enabled = settings.enabled() != null ? settings.enabled() : onItsOwn;
		if (!enabled || !catalog.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		var demo = new DemoCatalog();
		log.info("Loading the demo catalog: {} products in {} categories", demo.productCount(), demo.categoryCount());
		transaction.executeWithoutResult(status -> demo.loadInto(catalog));
		log.info("Loaded the demo catalog in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
