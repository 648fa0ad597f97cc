package app.catalog.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import app.Concurrently;
import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.ReleaseStock;
import app.catalog.ReserveStock;
import app.catalog.StockLine;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Many orders racing for the last units: exactly as many are served as there are units,
 * never more.
 */
@ApplicationModuleTest
class InventoryConcurrencyTests {

	private final Catalog catalog;

	private final Inventory inventory;

	private final StockReservations reservations;

	InventoryConcurrencyTests(Catalog catalog, Inventory inventory, StockReservations reservations) {
		this.catalog = catalog;
		this.inventory = inventory;
		this.reservations = reservations;
	}

	@Test
	void neverOversellsWhenManyOrdersWantTheLastUnits() throws Exception {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var orders = new ArrayList<UUID>();
		for (int i = 0; i < 40; i++) {
			orders.add(UUID.randomUUID());
		}

		Concurrently.run(orders.stream().<Callable<Void>>map(order -> () -> {
			inventory.reserve(new ReserveStock(order, List.of(new StockLine(sku, 1))));
			return null;
		}).toList());

		assertThat(inventory.level(sku)).extracting(StockLevel::onHand, StockLevel::reserved, StockLevel::available)
			.containsExactly(10, 10, 0);
		assertThat(orders.stream().map(this::status)).filteredOn(StockReservation.Status.RESERVED::equals).hasSize(10);
		assertThat(orders.stream().map(this::status)).filteredOn(StockReservation.Status.REJECTED::equals).hasSize(30);
	}

	@Test
	void ordersTakingTheSameSkusInOppositeOrderNeitherDeadlockNorSplit() throws Exception {
		var shoes = CatalogFixtures.stockedProduct(catalog, 10);
		var socks = CatalogFixtures.stockedProduct(catalog, 10);
		var tasks = new ArrayList<Callable<Void>>();
		for (int i = 0; i < 30; i++) {
			var lines = i % 2 == 0 ? List.of(new StockLine(shoes, 1), new StockLine(socks, 1))
					: List.of(new StockLine(socks, 1), new StockLine(shoes, 1));
			tasks.add(() -> {
				inventory.reserve(new ReserveStock(UUID.randomUUID(), lines));
				return null;
			});
		}

		Concurrently.run(tasks);

		assertThat(inventory.level(shoes).reserved()).isEqualTo(10);
		assertThat(inventory.level(socks).reserved()).isEqualTo(10);
	}

	@Test
	void theSameCommandDeliveredConcurrentlyReservesOnce() throws Exception {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var command = new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, 3)));
		var tasks = new ArrayList<Callable<Void>>();
		for (int i = 0; i < 8; i++) {
			tasks.add(() -> {
				inventory.reserve(command);
				return null;
			});
		}

		Concurrently.run(tasks);

		assertThat(inventory.level(sku).reserved()).isEqualTo(3);
	}

	@Test
	void aReleaseDeliveredConcurrentlyGivesTheUnitsBackOnce() throws Exception {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var order = UUID.randomUUID();
		inventory.reserve(new ReserveStock(order, List.of(new StockLine(sku, 4))));
		var tasks = new ArrayList<Callable<Void>>();
		for (int i = 0; i < 8; i++) {
			tasks.add(() -> {
				inventory.release(new ReleaseStock(order));
				return null;
			});
		}

		Concurrently.run(tasks);

		assertThat(inventory.level(sku)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(10, 0);
	}

	private StockReservation.Status status(UUID order) {
		return reservations.findById(new StockReservationId(order)).orElseThrow().getStatus();
	}

	@Test // A customer cancels an order at the moment its stock is being reserved.
	void aReleaseRacingItsReservationNeitherFailsNorLeavesStockHeld() throws Exception {
		var sku = CatalogFixtures.stockedProduct(catalog, 100);
		var tasks = new ArrayList<Callable<Void>>();
		for (int i = 0; i < 20; i++) {
			var order = UUID.randomUUID();
			tasks.add(() -> {
				inventory.reserve(new ReserveStock(order, List.of(new StockLine(sku, 1))));
				return null;
			});
			tasks.add(() -> {
				inventory.release(new ReleaseStock(order));
				return null;
			});
		}

		Concurrently.run(tasks);

		assertThat(inventory.level(sku)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(100, 0);
	}

}
