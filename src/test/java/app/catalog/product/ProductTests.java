package app.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import app.catalog.Attributes;
import app.catalog.CategoryId;
import app.catalog.PriceChanged;
import app.catalog.ProductActivated;
import app.catalog.ProductAdded;
import app.catalog.ProductDeactivated;
import app.catalog.Sku;
import app.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.AggregateTestUtils;

class ProductTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	Product product = Product.add(new Sku("RUN-1"), "Running Shoes", null, Money.of("89.90", "EUR"),
			CategoryId.random(), Attributes.NONE, NOW);

	@Test
	void isAddedActiveAndSaysSo() {
		assertThat(product.isActive()).isTrue();
		assertThat(AggregateTestUtils.eventsOf(product).ofType(ProductAdded.class)).singleElement()
			.satisfies(it -> assertThat(it.sku()).isEqualTo(new Sku("RUN-1")));
	}

	@Test
	void publishesAPriceChangeOnlyWhenThePriceChanges() {
		product.changePrice(Money.of("89.90", "EUR"), NOW);
		product.changePrice(Money.of("79.90", "EUR"), NOW);

		assertThat(AggregateTestUtils.eventsOf(product).ofType(PriceChanged.class)).singleElement()
			.isEqualTo(new PriceChanged(product.getId(), product.getSku(), Money.of("89.90", "EUR"),
					Money.of("79.90", "EUR")));
	}

	@Test
	void refusesAPriceOfZeroOrLess() {
		assertThatIllegalArgumentException().isThrownBy(() -> product.changePrice(Money.of("0", "EUR"), NOW));
		assertThat(product.getPrice()).isEqualTo(Money.of("89.90", "EUR"));
	}

	@Test
	void goesOffSaleAndBackOnceEach() {
		product.deactivate(NOW);
		product.deactivate(NOW);
		product.activate(NOW);
		product.activate(NOW);

		assertThat(product.isActive()).isTrue();
		assertThat(AggregateTestUtils.eventsOf(product).ofType(ProductDeactivated.class)).hasSize(1);
		assertThat(AggregateTestUtils.eventsOf(product).ofType(ProductActivated.class)).hasSize(1);
	}

	@Test
	void needsAName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> product.describe(" ", "", CategoryId.random(), Attributes.NONE, NOW));
	}

}
