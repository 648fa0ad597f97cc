package app.catalog.inventory;

import app.catalog.CommitStock;
import app.catalog.ReleaseStock;
import app.catalog.ReserveStock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Carries out the inventory commands other modules publish. Each runs after the
 * publisher's transaction committed, in a transaction of its own; a failure leaves the
 * publication incomplete in the registry, where it stays visible until it is resubmitted
 * (ADR 0004).
 */
@Component
class InventoryListener {

	private final Inventory inventory;

	InventoryListener(Inventory inventory) {
		this.inventory = inventory;
	}

	@ApplicationModuleListener
	void on(ReserveStock command) {
		inventory.reserve(command);
	}

	@ApplicationModuleListener
	void on(ReleaseStock command) {
		inventory.release(command);
	}

	@ApplicationModuleListener
	void on(CommitStock command) {
		inventory.commit(command);
	}

}
