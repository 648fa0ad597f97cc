package app.gateway;

import java.time.Instant;

/**
 * A signed access token (a JWT) and the moment it stops being accepted.
 *
 * @param value the compact JWT, sent as {@code Authorization: Bearer <value>}
 * @param expiresAt when the gateway starts refusing it
 */
public record AccessToken(String value, Instant expiresAt) {

	@Override
	public String toString() {
		return "AccessToken[expiresAt=" + expiresAt + "]";
	}

}
