package app.recommendations;

import app.gateway.EndpointAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may see what is bought together with a product (a HEAD too: it tells no more
 * than the GET); recommendations for you need you signed in; rebuilding them is for
 * administrators.
 */
@Component
class RecommendationsEndpointAccess implements EndpointAccess {

	@Override
	public void decide(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
		endpoints.requestMatchers(HttpMethod.GET, "/api/recommendations/products/*")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/api/recommendations/products/*")
			.permitAll()
			// Whatever the method: a HEAD runs the GET handler, and must be refused as
			// the GET is.
			.requestMatchers("/api/recommendations/me")
			.authenticated()
			.requestMatchers("/api/recommendations/rebuild")
			.hasRole("ADMIN");
	}

}
