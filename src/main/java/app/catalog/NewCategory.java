package app.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to add a category: a name, unique among its siblings, and optionally the
 * parent to add it under.
 */
public record NewCategory(@NotBlank @Size(max = 100) String name, @Nullable CategoryId parentId) {
}
