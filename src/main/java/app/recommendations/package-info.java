/**
 * Recommendations: "frequently bought together" for a product and "for you" for a
 * customer, answered from a read model of its own that order and catalog events keep up
 * to date and that an administrator can rebuild from the orders' history (ADR 0015).
 * <p>
 * Other modules need nothing from it: its base package holds no API, and everything lives
 * in {@code model}. It asks the orders module for their history and the catalog for
 * products only to rebuild or refresh what it learnt from their events.
 */
@ApplicationModule(displayName = "Recommendations",
		allowedDependencies = { "orders", "catalog", "users", "gateway", "web" })
@NullMarked
package app.recommendations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
