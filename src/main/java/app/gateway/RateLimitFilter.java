package app.gateway;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every client to the general limit, and every address to the credentials limit on
 * the endpoints that take a password. Runs after the access token is verified, so a
 * signed-in customer is counted by account, not by the address they share with others.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	private final List<RequestMatcher> credentialEndpoints;

	private final Problems problems;

	RateLimitFilter(RateLimits limits, List<CredentialEndpoints> credentialEndpoints, Problems problems) {
		this.limits = limits;
		this.credentialEndpoints = credentialEndpoints.stream()
			.flatMap(declared -> declared.endpoints().stream())
			.<RequestMatcher>map(endpoint -> PathPatternRequestMatcher.pathPattern(endpoint.method(), endpoint.path()))
			.toList();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!limits.enabled()) {
			chain.doFilter(request, response);
			return;
		}
		var general = limits.takeGeneral(client(request));
		if (!general.isConsumed()) {
			problems.tooManyRequests(response, RateLimits.retryAfterSeconds(general),
					"This client sent too many requests.");
			return;
		}
		if (credentialEndpoints.stream().anyMatch(endpoint -> endpoint.matches(request))) {
			var attempt = limits.takeCredentialAttempt(request.getRemoteAddr());
			if (!attempt.isConsumed()) {
				problems.tooManyRequests(response, RateLimits.retryAfterSeconds(attempt),
						"Too many sign-in or registration attempts from your address.");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String client(HttpServletRequest request) {
		var caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller instanceof JwtAuthenticationToken
				|| caller instanceof UsernamePasswordAuthenticationToken && caller.isAuthenticated()) {
			return "account:" + caller.getName();
		}
		return "address:" + request.getRemoteAddr();
	}

}
