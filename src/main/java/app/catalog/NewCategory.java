package app.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.web.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to add a category: a name, unique among its siblings, and optionally the
 * parent to add it under.
 */
public record NewCategory(@NotBlank @Size(max = MAX_NAME_LENGTH) @PlainText String name,
		@Nullable CategoryId parentId) {

	public static final int MAX_NAME_LENGTH = 100;

}
