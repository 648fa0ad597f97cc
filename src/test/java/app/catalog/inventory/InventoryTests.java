package app.catalog.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.CommitStock;
import app.catalog.ReleaseStock;
import app.catalog.ReserveStock;
import app.catalog.Sku;
import app.catalog.StockLine;
import app.catalog.StockLow;
import app.catalog.StockReservationRejected;
import app.catalog.StockReservationRejected.Shortage;
import app.catalog.StockReserved;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

/**
 * The inventory commands as other modules send them: as events, carried out after their
 * transaction commits.
 */
@ApplicationModuleTest
class InventoryTests {

	private final Catalog catalog;

	private final Inventory inventory;

	private final StockReservations reservations;

	InventoryTests(Catalog catalog, Inventory inventory, StockReservations reservations) {
		this.catalog = catalog;
		this.inventory = inventory;
		this.reservations = reservations;
	}

	/** An order holding reserved units of a SKU. */
	record Reserved(Sku sku, UUID order) {
	}

	@Test
	void reservesEveryLineWhenThereIsEnoughStock(Scenario scenario) {
		var shoes = CatalogFixtures.stockedProduct(catalog, 10);
		var socks = CatalogFixtures.stockedProduct(catalog, 5);
		var order = UUID.randomUUID();

		scenario.publish(new ReserveStock(order, List.of(new StockLine(shoes, 3), new StockLine(socks, 5))))
			.andWaitForEventOfType(StockReserved.class)
			.matching(it -> it.orderId().equals(order))
			.toArriveAndVerify(it -> assertThat(it.lines()).hasSize(2));

		assertThat(inventory.level(shoes)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(10, 3);
		assertThat(inventory.level(socks).available()).isZero();
	}

	@Test
	void reservesNothingWhenOneLineCannotBeMet(Scenario scenario) {
		var shoes = CatalogFixtures.stockedProduct(catalog, 10);
		var socks = CatalogFixtures.stockedProduct(catalog, 1);
		var order = UUID.randomUUID();

		scenario.publish(new ReserveStock(order, List.of(new StockLine(shoes, 3), new StockLine(socks, 2))))
			.andWaitForEventOfType(StockReservationRejected.class)
			.matching(it -> it.orderId().equals(order))
			.toArriveAndVerify(it -> assertThat(it.shortages()).containsExactly(new Shortage(socks, 2, 1)));

		assertThat(inventory.level(shoes).reserved()).isZero();
		assertThat(inventory.level(socks).reserved()).isZero();
	}

	@Test
	void rejectsASkuTheCatalogDoesNotStock() {
		var unknown = CatalogFixtures.uniqueSku();
		var order = UUID.randomUUID();

		inventory.reserve(new ReserveStock(order, List.of(new StockLine(unknown, 1))));

		assertThat(reservation(order).getStatus()).isEqualTo(StockReservation.Status.REJECTED);
	}

	@Test
	void handlingTheSameReservationTwiceHasNoFurtherEffect(PublishedEvents events) {
		var shoes = CatalogFixtures.stockedProduct(catalog, 10);
		var command = new ReserveStock(UUID.randomUUID(), List.of(new StockLine(shoes, 4)));

		inventory.reserve(command);
		inventory.reserve(command);

		assertThat(inventory.level(shoes).reserved()).isEqualTo(4);
		assertThat(events.ofType(StockReserved.class).matching(it -> it.orderId().equals(command.orderId())))
			.hasSize(1);
	}

	@Test
	void warnsWhenAReservationLeavesStockLow(Scenario scenario) {
		var shoes = CatalogFixtures.stockedProduct(catalog, 6);

		scenario.publish(new ReserveStock(UUID.randomUUID(), List.of(new StockLine(shoes, 3))))
			.andWaitForEventOfType(StockLow.class)
			.matching(it -> it.sku().equals(shoes))
			.toArriveAndVerify(it -> assertThat(it.available()).isEqualTo(3));
	}

	@Test
	void addsUpASkuListedTwiceInOneOrder() {
		var shoes = CatalogFixtures.stockedProduct(catalog, 10);

		inventory
			.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine(shoes, 4), new StockLine(shoes, 3))));

		assertThat(inventory.level(shoes).reserved()).isEqualTo(7);
	}

	@Test
	void releasingGivesReservedUnitsBackOnce(Scenario scenario) {
		var reserved = reserved(10, 4);
		var shoes = reserved.sku();
		var order = reserved.order();

		scenario.publish(new ReleaseStock(order))
			.andWaitForStateChange(() -> inventory.level(shoes).reserved(), units -> units == 0)
			.andVerify(units -> assertThat(inventory.level(shoes).available()).isEqualTo(10));
		inventory.release(new ReleaseStock(order));

		assertThat(inventory.level(shoes)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(10, 0);
	}

	@Test
	void committingTakesSoldUnitsOffTheShelfOnce(Scenario scenario) {
		var reserved = reserved(10, 4);
		var shoes = reserved.sku();
		var order = reserved.order();

		scenario.publish(new CommitStock(order))
			.andWaitForStateChange(() -> inventory.level(shoes).onHand(), onHand -> onHand == 6)
			.andVerify(onHand -> assertThat(inventory.level(shoes).reserved()).isZero());
		inventory.commit(new CommitStock(order));

		assertThat(inventory.level(shoes)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(6, 0);
	}

	@Test
	void releasingAfterCommittingPutsTheUnitsBackOnHand() {
		var reserved = reserved(10, 4);
		var shoes = reserved.sku();
		inventory.commit(new CommitStock(reserved.order()));

		inventory.release(new ReleaseStock(reserved.order()));

		assertThat(inventory.level(shoes)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(10, 0);
	}

	@Test
	void aReleaseThatOvertakesItsReservationCancelsIt() {
		var shoes = CatalogFixtures.stockedProduct(catalog, 10);
		var order = UUID.randomUUID();

		inventory.release(new ReleaseStock(order));
		inventory.reserve(new ReserveStock(order, List.of(new StockLine(shoes, 4))));

		assertThat(inventory.level(shoes).reserved()).isZero();
	}

	@Test
	void refusesToCommitAnOrderThatHoldsNoStock() {
		var order = UUID.randomUUID();

		assertThatIllegalStateException().isThrownBy(() -> inventory.commit(new CommitStock(order)));
	}

	@Test // An order cancelled right after it was confirmed: its release may overtake the
			// commit.
	void committingAfterTheOrderWasReleasedSellsNothing() {
		var reserved = reserved(10, 4);

		inventory.release(new ReleaseStock(reserved.order()));
		inventory.commit(new CommitStock(reserved.order()));

		assertThat(inventory.level(reserved.sku())).extracting(StockLevel::onHand, StockLevel::reserved)
			.containsExactly(10, 0);
		assertThat(reservation(reserved.order()).getStatus()).isEqualTo(StockReservation.Status.RELEASED);
	}

	private Reserved reserved(int onHand, int quantity) {
		var sku = CatalogFixtures.stockedProduct(catalog, onHand);
		var order = UUID.randomUUID();
		inventory.reserve(new ReserveStock(order, List.of(new StockLine(sku, quantity))));
		return new Reserved(sku, order);
	}

	private StockReservation reservation(UUID order) {
		return reservations.findById(new StockReservationId(order)).orElseThrow();
	}

}
