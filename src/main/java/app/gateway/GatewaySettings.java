package app.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the front door treats requests: the access-token key and lifetime, the rate limits,
 * which browser origins may call the API, and who may scrape metrics.
 *
 * @param metricsScrapers addresses or CIDR ranges of the Prometheus servers that may read
 * {@code /actuator/prometheus} without an access token; none by default, when only
 * administrators may
 */
@Validated
@ConfigurationProperties("agora.gateway")
record GatewaySettings(@Valid @DefaultValue Tokens tokens, @Valid @DefaultValue RateLimits rateLimits,
		@Valid @DefaultValue Cors cors, @DefaultValue List<String> metricsScrapers) {

	/**
	 * @param signingKey the RSA private key that signs access tokens, as PKCS#8 PEM;
	 * required in production (from the environment, never from the repository)
	 * @param keyFile where to keep a generated key instead; by default, with the embedded
	 * database, beside its data directory
	 * @param accessTokenLifetime how long an access token is accepted
	 * @param issuer the {@code iss} every token carries and the gateway insists on
	 * @param clockSkew how far the clocks of the instances that issue and check tokens
	 * may disagree: a token is accepted this long after it expired, no longer
	 */
	record Tokens(@Nullable String signingKey, @Nullable Path keyFile,
			@NotNull @DefaultValue("15m") Duration accessTokenLifetime, @NotBlank @DefaultValue("agora") String issuer,
			@NotNull @DefaultValue("5s") Duration clockSkew) {

		@Override
		public String toString() {
			return "Tokens[keyFile=" + keyFile + ", accessTokenLifetime=" + accessTokenLifetime + "]";
		}

	}

	/**
	 * @param general every client's limit over all requests: a signed-in caller counts by
	 * account, anyone else by address; counted by each instance on its own
	 * @param credentials each address's limit on the endpoints that take a password or
	 * create an account; counted in the database, so shared by all instances
	 */
	record RateLimits(@DefaultValue("true") boolean enabled, @Valid @DefaultValue General general,
			@Valid @DefaultValue Credentials credentials) {
	}

	/**
	 * @param capacity requests a client may make at once
	 * @param period the time in which a spent capacity refills
	 */
	record General(@Positive @DefaultValue("300") long capacity, @NotNull @DefaultValue("1m") Duration period) {
	}

	/**
	 * @param capacity attempts an address may make at once
	 * @param period the time in which spent attempts refill
	 */
	record Credentials(@Positive @DefaultValue("10") long capacity, @NotNull @DefaultValue("5m") Duration period) {
	}

	/**
	 * @param allowedOrigins browser origins allowed to call the API; none by default
	 * @param maxAge how long a browser may cache a preflight answer
	 */
	record Cors(@DefaultValue List<String> allowedOrigins, @NotNull @DefaultValue("1h") Duration maxAge) {
	}

}
