package app.gateway;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the front door answers when it turns a request away, as problem details like every
 * other error of the API: 400 for a path the firewall refuses, 401 with the bearer
 * challenge, 403, and 429 with {@code Retry-After}.
 */
class Problems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();

	private final JsonMapper json;

	private final RateLimits limits;

	Problems(JsonMapper json, RateLimits limits) {
		this.json = json;
		this.limits = limits;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		// A request with a bad token never reaches the rate limit filter: count it
		// against its address here, so
		// that guessing tokens is throttled like everything else.
		if (authException instanceof OAuth2AuthenticationException && limits.enabled()) {
			var probe = limits.takeGeneral("address:" + request.getRemoteAddr());
			if (!probe.isConsumed()) {
				tooManyRequests(response, RateLimits.retryAfterSeconds(probe), "This client sent too many requests.");
				return;
			}
		}
		// Sets 401 and the WWW-Authenticate challenge that says what was wrong with a
		// token.
		challenge.commence(request, response, authException);
		var detail = authException instanceof OAuth2AuthenticationException
				? "The access token is invalid or has expired. Refresh it or log in again."
				: "This needs a signed-in user: send 'Authorization: Bearer <access token>'.";
		write(response, HttpStatus.UNAUTHORIZED, "unauthorized", detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		denial.handle(request, response, accessDeniedException);
		write(response, HttpStatus.FORBIDDEN, "forbidden", "Your account may not do this.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException {
		write(response, HttpStatus.BAD_REQUEST, "invalid-request", ApiProblems.REJECTED_REQUEST);
	}

	void tooManyRequests(HttpServletResponse response, long retryAfterSeconds, String detail) throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
				detail + " Try again in " + retryAfterSeconds + " s.");
	}

	private void write(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
		ApiProblems.write(response, json, status, type, detail);
	}

}
