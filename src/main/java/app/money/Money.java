package app.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jmolecules.ddd.types.ValueObject;

/**
 * An amount in one currency, with exactly the currency's minor units ({@code 19.90 EUR},
 * {@code 1990 JPY}). An amount finer than the currency allows is refused rather than
 * rounded, so no cent is ever invented or lost silently.
 */
public record Money(BigDecimal amount, Currency currency) implements ValueObject, Comparable<Money> {

	public Money {
		Objects.requireNonNull(amount, "amount must not be null");
		Objects.requireNonNull(currency, "currency must not be null");
		int minorUnits = currency.getDefaultFractionDigits();
		if (minorUnits < 0) {
			throw new IllegalArgumentException(currency + " is not a currency that prices can be given in");
		}
		if (amount.stripTrailingZeros().scale() > minorUnits) {
			throw new IllegalArgumentException("%s has more decimal places than %s allows (%d)"
				.formatted(amount.toPlainString(), currency, minorUnits));
		}
		amount = amount.setScale(minorUnits);
	}

	public static Money of(String amount, String currencyCode) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
	}

	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.add(other.amount), currency);
	}

	public Money times(int quantity) {
		return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
	}

	@JsonIgnore
	public boolean isPositive() {
		return amount.signum() > 0;
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency.getCurrencyCode();
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine %s with %s".formatted(this, other));
		}
	}
}
