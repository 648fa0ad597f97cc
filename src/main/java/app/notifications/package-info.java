/**
 * Email and SMS to customers on user, order and payment events, from its own copy of
 * their contact details.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "users", "orders", "payments" })
@NullMarked
package app.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
