package app.catalog.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.catalog.StockLow;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.AggregateTestUtils;

class StockItemTests {

	static final int THRESHOLD = 5;

	StockItem item = StockItem.of(new Sku("RUN-1"), ProductId.random());

	@Test
	void reservesOnlyWhatIsAvailable() {
		item.count(10, THRESHOLD);
		item.reserve(8, THRESHOLD);

		assertThat(item.canReserve(2)).isTrue();
		assertThat(item.canReserve(3)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> item.reserve(3, THRESHOLD));
		assertThat(item.getAvailable()).isEqualTo(2);
	}

	@Test
	void committingTakesSoldUnitsOffHandAndReleasingFreesThem() {
		item.count(10, THRESHOLD);
		item.reserve(4, THRESHOLD);
		item.reserve(3, THRESHOLD);
		item.commit(4);
		item.release(3);

		assertThat(item.getOnHand()).isEqualTo(6);
		assertThat(item.getReserved()).isZero();
		assertThat(item.getAvailable()).isEqualTo(6);
	}

	@Test
	void cannotCommitOrReleaseMoreThanIsReserved() {
		item.count(10, THRESHOLD);
		item.reserve(2, THRESHOLD);

		assertThatIllegalStateException().isThrownBy(() -> item.commit(3));
		assertThatIllegalStateException().isThrownBy(() -> item.release(3));
	}

	@Test
	void refusesACountBelowWhatOrdersHaveReserved() {
		item.count(10, THRESHOLD);
		item.reserve(6, THRESHOLD);

		assertThatThrownBy(() -> item.count(5, THRESHOLD)).isInstanceOf(StockBelowReserved.class);
		assertThat(item.getOnHand()).isEqualTo(10);
	}

	@Test
	void refusesANegativeCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> item.count(-1, THRESHOLD));
	}

	@Test
	void reportsLowStockOnceWhenAvailabilityCrossesTheThreshold() {
		item.count(10, THRESHOLD);
		item.reserve(5, THRESHOLD); // 5 left: not below
		item.reserve(1, THRESHOLD); // 4 left: crossed
		item.reserve(1, THRESHOLD); // 3 left: still below, no repeat

		assertThat(AggregateTestUtils.eventsOf(item).ofType(StockLow.class)).singleElement()
			.satisfies(it -> assertThat(it.available()).isEqualTo(4));
	}

}
