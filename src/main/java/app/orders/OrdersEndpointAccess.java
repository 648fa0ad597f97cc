package app.orders;

import app.gateway.EndpointAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A signed-in user has a cart, checks out and sees and cancels their own orders (the
 * module answers 404 for anyone else's); listing every order, shipping and delivering are
 * for administrators.
 */
@Component
class OrdersEndpointAccess implements EndpointAccess {

	@Override
	public void decide(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
		// Whatever the method: a HEAD runs the GET handler, and must be refused as the
		// GET is.
		endpoints.requestMatchers("/api/cart", "/api/cart/**")
			.authenticated()
			.requestMatchers("/api/orders/all", "/api/orders/*/ship", "/api/orders/*/deliver")
			.hasRole("ADMIN")
			.requestMatchers("/api/orders", "/api/orders/**")
			.authenticated();
	}

}
