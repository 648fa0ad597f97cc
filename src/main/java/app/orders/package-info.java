/**
 * Cart, checkout, the order lifecycle and its history. Drives the checkout saga through
 * the commands of catalog and payments.
 */
@ApplicationModule(displayName = "Orders", allowedDependencies = { "catalog", "payments", "money" })
@NullMarked
package app.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
