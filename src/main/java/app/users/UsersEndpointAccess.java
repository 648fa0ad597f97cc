package app.users;

import java.util.List;

import app.gateway.CredentialEndpoints.Endpoint;
import app.gateway.CredentialEndpoints;
import app.gateway.EndpointAccess;
import app.gateway.PageAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

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
				new Endpoint(HttpMethod.PUT, "/api/users/me"),
				// The browser's log-in form and registration (ADR 0038).
				new Endpoint(HttpMethod.POST, "/login"), new Endpoint(HttpMethod.POST, "/register"),
				new Endpoint(HttpMethod.POST, "/account/contact"));
	}

	@Bean
	PageAccess usersPages() {
		return new PageAccess() {

			@Override
			public List<String> paths() {
				return List.of("/register", "/account", "/account/**");
			}

			@Override
			public void decide(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
				pages.requestMatchers("/register")
					.permitAll()
					.requestMatchers("/account", "/account/**")
					.authenticated();
			}

		};
	}

}
