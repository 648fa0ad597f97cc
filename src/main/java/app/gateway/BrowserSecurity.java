package app.gateway;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The door for people in a browser (ADR 0038): the paths of the pages modules declare
 * ({@link PageAccess}), the log-in form and the pages' assets. Signed in with a session
 * cookie (HttpOnly, SameSite=Lax, Secure over HTTPS), so every form carries a CSRF token;
 * no token ever reaches a script. The password is checked by whichever module provides an
 * {@link AuthenticationProvider} (the users module), with the same credentials rate limit
 * as the API's log-in. Pages answer errors as pages: a refusal sends a stranger to the
 * log-in page and shows a signed-in user a message.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSecurity {

	/** Where a browser signs in; the users module renders it. */
	static final String LOGIN_PAGE = "/login";

	// Pages run the shop's own script (htmx) and styles only, nothing inline.
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	/**
	 * Where a refused signed-in user is shown why, as a page
	 * ({@code app.web.PageErrors}).
	 */
	static final String DENIED_PAGE = "/denied";

	/**
	 * The back office: its pages are for administrators whichever module renders them, so
	 * a shared module without page decisions of its own (the database's publications) can
	 * have one.
	 */
	static final String BACK_OFFICE = "/admin/**";

	private static final List<String> OWN_PATHS = List.of(LOGIN_PAGE, "/logout", DENIED_PAGE, "/assets/**",
			"/webjars/**", "/admin", BACK_OFFICE);

	/**
	 * A process without the users module (a module tested alone, an extracted service)
	 * has nobody to sign in.
	 */
	private static final AuthenticationProvider NO_SIGN_IN = new AuthenticationProvider() {

		@Override
		public Authentication authenticate(Authentication attempt) {
			throw new ProviderNotFoundException("Signing in is not offered by this process");
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}

	};

	@Bean
	@Order(1)
	SecurityFilterChain pages(HttpSecurity http, List<PageAccess> moduleDecisions,
			List<AuthenticationProvider> passwordCheckers, List<CredentialEndpoints> credentialEndpoints,
			RateLimits rateLimits, Problems problems) {
		var paths = new ArrayList<>(OWN_PATHS);
		moduleDecisions.forEach(module -> paths.addAll(module.paths()));
		http.securityMatcher(new OrRequestMatcher(paths.stream().map(BrowserSecurity::pattern).toList()))
			.authorizeHttpRequests(pages -> {
				pages.requestMatchers(HttpMethod.GET, "/assets/**", "/webjars/**").permitAll();
				pages.requestMatchers(LOGIN_PAGE, "/logout", DENIED_PAGE).permitAll();
				pages.requestMatchers("/admin", BACK_OFFICE).hasRole("ADMIN");
				moduleDecisions.forEach(module -> module.decide(pages));
				// Fail closed, as for the API: a page no module decided on is refused.
				pages.anyRequest().denyAll();
			})
			.authenticationManager(
					new ProviderManager(passwordCheckers.isEmpty() ? List.of(NO_SIGN_IN) : passwordCheckers))
			.formLogin(login -> login.loginPage(LOGIN_PAGE).usernameParameter("email").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.exceptionHandling(refusals -> refusals.accessDeniedPage(DENIED_PAGE))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.httpBasic(AbstractHttpConfigurer::disable)
			.addFilterBefore(new RateLimitFilter(rateLimits, credentialEndpoints, problems),
					UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	private static RequestMatcher pattern(String path) {
		return PathPatternRequestMatcher.pathPattern(path);
	}

}
