/**
 * Accounts, credentials, roles, profiles and shipping addresses; registration, log-in
 * with access and refresh tokens, and the first administrator. Depends on no other
 * business module.
 * <p>
 * The API other modules may use is this package: {@link app.users.CurrentUser} (who is
 * calling, from the access token, as a controller parameter), {@link app.users.UserId},
 * {@link app.users.Role} and the events the module publishes. Everything in sub-packages
 * is internal.
 */
@ApplicationModule(displayName = "Users", allowedDependencies = { "gateway", "web" })
@NullMarked
package app.users;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
