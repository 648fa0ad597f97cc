package app.catalog.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.catalog.Attributes;
import app.catalog.CategoryId;
import app.catalog.NewProduct;
import app.web.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A product's new description: everything but its SKU, price and whether it is on sale,
 * which change on their own.
 */
record ProductChanges(@NotBlank @Size(max = NewProduct.MAX_NAME_LENGTH) @PlainText String name,
		@Size(max = NewProduct.MAX_DESCRIPTION_LENGTH) @Nullable String description, @NotNull CategoryId categoryId,
		@Nullable Attributes attributes) {
}
