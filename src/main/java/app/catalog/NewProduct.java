package app.catalog;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import app.money.Money;
import app.web.PlainText;
import org.jspecify.annotations.Nullable;

/** What it takes to add a product to the catalog. */
public record NewProduct(@NotNull Sku sku, @NotBlank @Size(max = MAX_NAME_LENGTH) @PlainText String name,
		@Size(max = MAX_DESCRIPTION_LENGTH) @Nullable String description,
		@NotNull @Positive @Digits(integer = MAX_PRICE_DIGITS, fraction = 4) Money price,
		@NotNull CategoryId categoryId, @Nullable Attributes attributes) {

	public static final int MAX_NAME_LENGTH = 200;

	public static final int MAX_DESCRIPTION_LENGTH = 5000;

	/**
	 * Digits before the decimal point that a price may have: what {@code numeric(19, 4)}
	 * holds.
	 */
	public static final int MAX_PRICE_DIGITS = 15;

}
