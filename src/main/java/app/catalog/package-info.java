/**
 * The shop's catalog: categories, products and their prices, full-text search, and the
 * inventory of every SKU with the stock reservations of orders. Depends on no other
 * business module.
 * <p>
 * The API other modules may use is this package: the {@link app.catalog.Catalog} facade,
 * identifiers, the events the catalog publishes and the inventory commands it carries
 * out. Everything in sub-packages is internal.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "money", "gateway", "web" })
@NullMarked
package app.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
