package app.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Digits;

import org.jspecify.annotations.Nullable;

/**
 * Lets Bean Validation's standard {@link Digits} bound a {@link Money} amount, so that a
 * request can say {@code @Digits(integer = 15, fraction = 4) Money price} and an amount
 * too large to store is refused as invalid input. Registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class MoneyDigits implements ConstraintValidator<Digits, Money> {

	private int integer;

	private int fraction;

	@Override
	public void initialize(Digits digits) {
		this.integer = digits.integer();
		this.fraction = digits.fraction();
	}

	@Override
	public boolean isValid(@Nullable Money money, ConstraintValidatorContext context) {
		if (money == null) {
			return true;
		}
		var amount = money.amount().stripTrailingZeros();
		int integerDigits = Math.max(amount.precision() - amount.scale(), 0);
		return integerDigits <= integer && Math.max(amount.scale(), 0) <= fraction;
	}

}
