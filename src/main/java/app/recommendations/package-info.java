/**
 * A read model built from order and catalog events that answers "frequently bought
 * together" and "for you".
 */
@ApplicationModule(displayName = "Recommendations", allowedDependencies = { "orders", "catalog" })
@NullMarked
package app.recommendations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
