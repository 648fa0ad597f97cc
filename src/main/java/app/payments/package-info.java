/**
 * Charges and refunds of orders through pluggable card processors: a sandbox by default,
 * a remote card processor over HTTP in production. Stores no card numbers: a processor's
 * card token and the last four digits at most. Depends on no other business module.
 * <p>
 * The API other modules may use is this package: the {@link app.payments.ChargePayment}
 * and {@link app.payments.RefundPayment} commands and the events that answer them.
 * Everything in sub-packages is internal.
 */
@ApplicationModule(displayName = "Payments", allowedDependencies = { "money", "deployment", "web" })
@NullMarked
package app.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
