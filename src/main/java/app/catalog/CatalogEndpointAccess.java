package app.catalog;

import app.gateway.EndpointAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may browse and search products and categories; changing the catalog and
 * everything about inventory needs an administrator.
 */
@Component
class CatalogEndpointAccess implements EndpointAccess {

	@Override
	public void decide(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
		endpoints
			.requestMatchers(HttpMethod.GET, "/api/catalog/products", "/api/catalog/products/**",
					"/api/catalog/suggestions")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/catalog/categories", "/api/catalog/categories/**")
			.permitAll()
			.requestMatchers("/api/catalog/**")
			.hasRole("ADMIN");
	}

}
