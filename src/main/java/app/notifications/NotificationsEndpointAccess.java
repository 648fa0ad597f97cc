package app.notifications;

import app.gateway.EndpointAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * What was sent to whom, and the dev mailbox, are for administrators only: customers get
 * their notifications by email and text message.
 */
@Component
class NotificationsEndpointAccess implements EndpointAccess {

	@Override
	public void decide(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
		// Whatever the method: a HEAD runs the GET handler, and must be refused as the
		// GET is.
		endpoints.requestMatchers("/api/notifications", "/api/notifications/**").hasRole("ADMIN");
	}

}
