/**
 * Money: an amount in one ISO 4217 currency. The one value every module that prices,
 * charges or refunds needs, so it lives in this tiny module of its own instead of being
 * copied or owned by one of them.
 */
@ApplicationModule(displayName = "Money", allowedDependencies = {})
@NullMarked
package app.money;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
