package app.users;

import app.gateway.CredentialEndpoints.Endpoint;
import app.gateway.CredentialEndpoints;
import app.gateway.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone may register, log in, refresh and log out; a signed-in user manages their own
 * account under {@code /api/users/me}; everything else about accounts is for
 * administrators. Registration, log-in, password and contact changes take the strict
 * credentials rate limit.
 */
@Configuration(proxyBeanMethods = false)
class UsersEndpointAccess {

	@Bean
	EndpointAccess usersEndpoints() {
		return endpoints -> endpoints
			.requestMatchers(HttpMethod.POST, "/api/users", "/api/users/login", "/api/users/token", "/api/users/logout")
			.permitAll()
			.requestMatchers("/api/users/me", "/api/users/me/**")
			.authenticated()
			.requestMatchers("/api/users", "/api/users/**")
			.hasRole("ADMIN");
	}

	@Bean
	CredentialEndpoints usersCredentialEndpoints() {
		return CredentialEndpoints.of(new Endpoint(HttpMethod.POST, "/api/users"),
				new Endpoint(HttpMethod.POST, "/api/users/login"),
				new Endpoint(HttpMethod.PUT, "/api/users/me/password"),
				// Its 409 for an address another account has must not be a fast way to
				// test addresses.
				new Endpoint(HttpMethod.PUT, "/api/users/me"));
	}

}
