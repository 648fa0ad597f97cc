package app.money;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;

import org.junit.jupiter.api.Test;

/** Bean Validation's standard constraints apply to Money as they do to numbers. */
class MoneyValidationTests {

	static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	record Price(@Positive @Digits(integer = 6, fraction = 2) Money value) {
	}

	@Test
	void acceptsAPositiveAmountWithinTheDigits() {
		assertThat(validator.validate(new Price(Money.of("999999.99", "EUR")))).isEmpty();
	}

	@Test
	void refusesZeroAndNegativeAmounts() {
		assertThat(validator.validate(new Price(Money.of("0", "EUR")))).hasSize(1);
		assertThat(validator.validate(new Price(Money.of("-1", "EUR")))).hasSize(1);
	}

	@Test
	void refusesAmountsWithTooManyDigits() {
		assertThat(validator.validate(new Price(Money.of("1000000", "EUR")))).singleElement()
			.satisfies(it -> assertThat(it.getMessage()).contains("out of bounds"));
	}

}
