/**
 * Carts, checkout, the order lifecycle and its history. Drives the checkout saga: an
 * order asks the catalog to reserve its stock ({@link app.catalog.ReserveStock}) and
 * payments to charge it ({@link app.payments.ChargePayment}), and moves on as their
 * answers arrive.
 * <p>
 * The API other modules may use is this package: {@link app.orders.OrderId}, the lines of
 * an order and the events the module publishes. Everything in sub-packages is internal.
 */
@ApplicationModule(displayName = "Orders",
		allowedDependencies = { "catalog", "payments", "users", "money", "gateway", "web" })
@NullMarked
package app.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
