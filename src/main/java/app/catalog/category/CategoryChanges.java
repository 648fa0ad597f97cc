package app.catalog.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.catalog.CategoryId;
import app.catalog.NewCategory;
import app.web.PlainText;
import org.jspecify.annotations.Nullable;

/** A category's new name and place in the tree ({@code parentId} null for top-level). */
record CategoryChanges(@NotBlank @Size(max = NewCategory.MAX_NAME_LENGTH) @PlainText String name,
		@Nullable CategoryId parentId) {
}
