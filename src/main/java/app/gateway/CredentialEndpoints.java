package app.gateway;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Endpoints that take a password or create an account: a module declares them as a bean,
 * and the gateway holds each client to the much stricter credentials rate limit there, so
 * that passwords cannot be guessed at speed.
 *
 * @param endpoints the method and path of each endpoint
 */
public record CredentialEndpoints(List<Endpoint> endpoints) {

	public CredentialEndpoints {
		endpoints = List.copyOf(endpoints);
	}

	public static CredentialEndpoints of(Endpoint... endpoints) {
		return new CredentialEndpoints(List.of(endpoints));
	}

	/** One endpoint: an HTTP method and a path pattern. */
	public record Endpoint(HttpMethod method, String path) {
	}

}
