package app.catalog.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.catalog.Sku;
import app.catalog.StockLine;
import app.catalog.StockReservationRejected;
import app.catalog.StockReserved;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.AggregateTestUtils;

class StockReservationTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
	static final List<StockLine> LINES = List.of(new StockLine(new Sku("B-1"), 1), new StockLine(new Sku("A-1"), 2));

	UUID order = UUID.randomUUID();

	@Test
	void announcesAReservationAndListsItsLinesInSkuOrder() {
		var reservation = StockReservation.reserved(order, LINES, NOW);

		assertThat(AggregateTestUtils.eventsOf(reservation).ofType(StockReserved.class)).singleElement()
			.satisfies(it -> assertThat(it.orderId()).isEqualTo(order));
		assertThat(reservation.getLines()).extracting(StockLine::sku).containsExactly(new Sku("A-1"), new Sku("B-1"));
	}

	@Test
	void announcesARejection() {
		var reservation = StockReservation.rejected(order, LINES, List.of(), NOW);

		assertThat(AggregateTestUtils.eventsOf(reservation).ofType(StockReservationRejected.class)).hasSize(1);
		assertThat(reservation.holdsReservedUnits()).isFalse();
	}

	@Test
	void goesFromReservedToCommittedToReleased() {
		var reservation = StockReservation.reserved(order, LINES, NOW);

		reservation.commit(NOW);
		assertThat(reservation.holdsSoldUnits()).isTrue();
		reservation.release(NOW);
		assertThat(reservation.getStatus()).isEqualTo(StockReservation.Status.RELEASED);
	}

	@Test
	void cannotCommitWhatWasRejectedOrReleased() {
		var rejected = StockReservation.rejected(order, LINES, List.of(), NOW);
		var released = StockReservation.releasedUnreserved(UUID.randomUUID(), NOW);

		assertThatIllegalStateException().isThrownBy(() -> rejected.commit(NOW));
		assertThatIllegalStateException().isThrownBy(() -> released.commit(NOW));
	}

}
