/**
 * Accounts, credentials, roles, profiles and addresses. Other modules learn who is
 * calling only through this module's API types.
 */
@ApplicationModule(displayName = "Users", allowedDependencies = {})
@NullMarked
package app.users;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
