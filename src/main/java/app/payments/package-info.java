/**
 * Charges and refunds through pluggable payment gateways. Stores no card numbers.
 */
@ApplicationModule(displayName = "Payments", allowedDependencies = { "money" })
@NullMarked
package app.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
