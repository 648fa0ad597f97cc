package app.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import app.money.Money;
import org.jspecify.annotations.Nullable;

/** What it takes to add a product to the catalog. */
public record NewProduct(@NotNull Sku sku, @NotBlank @Size(max = 200) String name,
		@Size(max = 5000) @Nullable String description, @NotNull @Positive Money price, @NotNull CategoryId categoryId,
		@Nullable Attributes attributes) {
}
