package app.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * An ISO 3166-1 alpha-2 code of a country that exists, such as {@code DE}; {@code null}
 * is left to {@code @NotNull}. The OpenAPI document lists the same codes.
 */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE, TYPE_USE })
@Retention(RUNTIME)
public @interface CountryCode {

	/** Every code Java knows, as the JDK's ISO 3166 table has it. */
	SortedSet<String> CODES = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(Locale.getISOCountries())));

	String message() default "must be an ISO 3166-1 two-letter country code, such as DE";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CountryCode, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || CODES.contains(value);
		}

	}

}
