package app.orders.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.users.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class CartTests {

	static final Instant CREATED = Instant.parse("2026-12-02T10:00:00Z");

	static final Instant FILLED = Instant.parse("2026-12-02T10:05:00Z");

	static final Instant LATER = Instant.parse("2026-12-02T10:30:00Z");

	/** At most 5 units of one product, and at most 3 different products. */
	static final CartLimits LIMITS = new CartLimits(5, 3);

	static final Sku SHOES = new Sku("RUN-1");

	static final Sku SOCKS = new Sku("SOCK-3");

	static final Sku CAP = new Sku("CAP-7");

	static final Sku BOTTLE = new Sku("BOTTLE-2");

	final ProductId shoes = ProductId.random();

	final ProductId socks = ProductId.random();

	final ProductId cap = ProductId.random();

	final ProductId bottle = ProductId.random();

	final Cart cart = Cart.empty(UserId.random(), CREATED);

	@Test
	void startsEmpty() {
		assertThat(cart.getLines()).isEmpty();
		assertThat(updatedAt()).isEqualTo(CREATED);
	}

	@Test
	void addsAProductAsANewLine() {
		cart.add(SHOES, shoes, 2, LIMITS, FILLED);
		cart.add(SOCKS, socks, 1, LIMITS, FILLED);

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 2), new CartLine(SOCKS, socks, 1));
		assertThat(updatedAt()).isEqualTo(FILLED);
	}

	@Test
	void addingAProductAlreadyInTheCartSumsItsQuantities() {
		cart.add(SHOES, shoes, 2, LIMITS, FILLED);
		cart.add(SOCKS, socks, 1, LIMITS, FILLED);
		cart.add(SHOES, shoes, 3, LIMITS, LATER);

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 5), new CartLine(SOCKS, socks, 1));
		assertThat(updatedAt()).isEqualTo(LATER);
	}

	@Test
	void treatsSkusThatDifferOnlyInCaseAsTheSameProduct() {
		cart.add(new Sku("run-1"), shoes, 1, LIMITS, FILLED);
		cart.add(new Sku("RUN-1"), shoes, 1, LIMITS, FILLED);

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 2));
	}

	@Test
	void takesExactlyTheLimitOfUnitsOfOneProduct() {
		cart.add(SHOES, shoes, 5, LIMITS, FILLED);

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 5));
	}

	@Test
	void refusesMoreUnitsOfANewProductThanTheLimit() {
		assertThatThrownBy(() -> cart.add(SHOES, shoes, 6, LIMITS, LATER)).isInstanceOf(CartLimitExceeded.class)
			.hasMessageContaining("at most 5 units");

		assertThat(cart.getLines()).isEmpty();
		assertThat(updatedAt()).isEqualTo(CREATED);
	}

	@Test
	void refusesToAddUnitsThatTakeALineBeyondTheLimit() {
		cart.add(SHOES, shoes, 3, LIMITS, FILLED);

		assertThatThrownBy(() -> cart.add(SHOES, shoes, 3, LIMITS, LATER)).isInstanceOf(CartLimitExceeded.class);

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 3));
		assertThat(updatedAt()).isEqualTo(FILLED);
	}

	@Test
	void refusesMoreDifferentProductsThanTheLimit() {
		fillToMaxLines();

		assertThatThrownBy(() -> cart.add(BOTTLE, bottle, 1, LIMITS, LATER)).isInstanceOf(CartLimitExceeded.class)
			.hasMessageContaining("at most 3 different products");

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 1), new CartLine(SOCKS, socks, 1),
				new CartLine(CAP, cap, 1));
		assertThat(updatedAt()).isEqualTo(FILLED);
	}

	@Test
	void addsToAnExistingLineOfAFullCart() {
		fillToMaxLines();

		cart.add(SOCKS, socks, 2, LIMITS, LATER);

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 1), new CartLine(SOCKS, socks, 3),
				new CartLine(CAP, cap, 1));
	}

	@Test
	void changesTheQuantityOfALine() {
		cart.add(SHOES, shoes, 4, LIMITS, FILLED);

		cart.change(SHOES, 1, LIMITS, LATER);

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 1));
		assertThat(updatedAt()).isEqualTo(LATER);
	}

	@Test
	void refusesToChangeALineBeyondTheLimit() {
		cart.add(SHOES, shoes, 4, LIMITS, FILLED);

		assertThatThrownBy(() -> cart.change(SHOES, 6, LIMITS, LATER)).isInstanceOf(CartLimitExceeded.class);

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 4));
		assertThat(updatedAt()).isEqualTo(FILLED);
	}

	@Test
	void refusesToChangeAProductThatIsNotInTheCart() {
		cart.add(SHOES, shoes, 2, LIMITS, FILLED);

		assertThatThrownBy(() -> cart.change(SOCKS, 1, LIMITS, LATER)).isInstanceOf(NotInCart.class)
			.hasMessageContaining("SOCK-3");

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 2));
		assertThat(updatedAt()).isEqualTo(FILLED);
	}

	@Test
	void removesALine() {
		cart.add(SHOES, shoes, 2, LIMITS, FILLED);
		cart.add(SOCKS, socks, 1, LIMITS, FILLED);

		cart.remove(SHOES, LATER);

		assertThat(cart.getLines()).containsExactly(new CartLine(SOCKS, socks, 1));
		assertThat(updatedAt()).isEqualTo(LATER);
	}

	@Test
	void removingAProductThatIsNotInTheCartChangesNothing() {
		cart.add(SHOES, shoes, 2, LIMITS, FILLED);

		cart.remove(SOCKS, LATER);

		assertThat(cart.getLines()).containsExactly(new CartLine(SHOES, shoes, 2));
		assertThat(updatedAt()).isEqualTo(FILLED);
	}

	@Test
	void clearingEmptiesTheCart() {
		fillToMaxLines();

		cart.clear(LATER);

		assertThat(cart.getLines()).isEmpty();
		assertThat(updatedAt()).isEqualTo(LATER);

		cart.add(BOTTLE, bottle, 1, LIMITS, LATER);
		assertThat(cart.getLines()).containsExactly(new CartLine(BOTTLE, bottle, 1));
	}

	@Test
	void doesNotLetItsLinesBeChangedFromOutside() {
		cart.add(SHOES, shoes, 2, LIMITS, FILLED);

		assertThatThrownBy(() -> cart.getLines().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThat(cart.getLines()).hasSize(1);
	}

	void fillToMaxLines() {
		cart.add(SHOES, shoes, 1, LIMITS, FILLED);
		cart.add(SOCKS, socks, 1, LIMITS, FILLED);
		cart.add(CAP, cap, 1, LIMITS, FILLED);
	}

	Object updatedAt() {
		return ReflectionTestUtils.getField(cart, "updatedAt");
	}

}
