package app.catalog.category;

import app.catalog.CategoryId;
import org.jmolecules.event.types.DomainEvent;

/**
 * A category moved within the tree, inside the catalog: a search within a category
 * includes its sub-categories, so what such a search finds changed. Published in the
 * transaction that moved it, for the product search; public for that sub-package only.
 *
 * @param category the category that moved
 */
public record CategoryTreeChanged(CategoryId category) implements DomainEvent {
}
