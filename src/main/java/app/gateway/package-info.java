/**
 * The front door every HTTP request passes, in the role an API gateway plays in front of
 * separate services: it verifies Agora's own access tokens, applies the access decisions
 * each module declares for its endpoints ({@link app.gateway.EndpointAccess}) and refuses
 * every endpoint nobody decided on, limits request rates, and adds security headers and
 * CORS. Shared, so a module tested alone meets the same door.
 */
@ApplicationModule(displayName = "Gateway", allowedDependencies = { "web" })
@NullMarked
package app.gateway;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
