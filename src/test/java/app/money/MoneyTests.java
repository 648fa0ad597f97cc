package app.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class MoneyTests {

	@Test
	void keepsExactlyTheCurrencysMinorUnits() {
		assertThat(Money.of("19.9", "EUR").amount()).isEqualByComparingTo("19.90").hasScaleOf(2);
		assertThat(Money.of("1990", "JPY").amount()).hasScaleOf(0);
		assertThat(Money.of("19.90", "EUR")).isEqualTo(Money.of("19.9", "EUR"));
	}

	@Test
	void refusesAmountsFinerThanTheCurrencyAllowsInsteadOfRounding() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("19.999", "EUR"))
			.withMessageContaining("more decimal places than EUR allows (2)");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("100.5", "JPY"));
	}

	@Test
	void acceptsTrailingZerosBeyondTheMinorUnits() {
		assertThat(Money.of("19.9000", "EUR").amount()).isEqualByComparingTo("19.90").hasScaleOf(2);
	}

	@Test
	void refusesCurrenciesWithoutMinorUnits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(BigDecimal.ONE, Currency.getInstance("XAU")));
	}

	@Test
	void addsAndMultipliesWithinOneCurrency() {
		assertThat(Money.of("19.90", "EUR").times(3).plus(Money.of("0.30", "EUR"))).isEqualTo(Money.of("60.00", "EUR"));
	}

	@Test
	void neverMixesCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")));
	}

	@Test
	void isPositiveOnlyAboveZero() {
		assertThat(Money.of("0.01", "EUR").isPositive()).isTrue();
		assertThat(Money.zero(Currency.getInstance("EUR")).isPositive()).isFalse();
		assertThat(Money.of("-1", "EUR").isPositive()).isFalse();
	}

}
