/**
 * Email and text messages to customers about their account, their orders and their
 * refunds, from its own copy of their contact details, kept from the users module's
 * events. Every notification is recorded with what became of it, sent once per fact it
 * reports, and retried with backoff by a dispatcher of its own, so that a failing mail
 * server never holds up an order.
 * <p>
 * Nothing here is for other modules: it only listens to the events of users, orders and
 * payments. Administrators see the notifications and, with no SMTP server configured, the
 * dev mailbox, under {@code /api/notifications}.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "users", "orders", "payments", "money", "gateway", "web" })
@NullMarked
package app.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
