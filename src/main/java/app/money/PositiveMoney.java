package app.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * Lets Bean Validation's standard {@link Positive} apply to {@link Money}, so a request
 * record can say {@code @Positive Money price}. Registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class PositiveMoney implements ConstraintValidator<Positive, Money> {

	@Override
	public boolean isValid(@Nullable Money money, ConstraintValidatorContext context) {
		return money == null || money.isPositive();
	}

}
