package app.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues the access tokens the gateway accepts: short-lived JWTs signed with the
 * gateway's key, naming the caller in {@code sub} and their roles in {@code roles}. The
 * module that authenticates callers decides who gets one; only this class knows how it is
 * made (ADR 0009).
 */
@Component
public class AccessTokens {

	static final String ROLES_CLAIM = "roles";

	private final JwtEncoder encoder;

	private final GatewaySettings.Tokens settings;

	private final Clock clock;

	AccessTokens(JwtEncoder encoder, GatewaySettings settings, Clock clock) {
		this.encoder = encoder;
		this.settings = settings.tokens();
		this.clock = clock;
	}

	/** A token for the given subject and roles, valid for the configured lifetime. */
	public AccessToken issue(UUID subject, Collection<String> roles) {
		var issuedAt = clock.instant();
		return issue(subject, roles, issuedAt, issuedAt.plus(settings.accessTokenLifetime()));
	}

	AccessToken issue(UUID subject, Collection<String> roles, Instant issuedAt, Instant expiresAt) {
		var claims = JwtClaimsSet.builder()
			.issuer(settings.issuer())
			.subject(subject.toString())
			.id(UUID.randomUUID().toString())
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.claim(ROLES_CLAIM, List.copyOf(roles))
			.build();
		var header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
		var token = encoder.encode(JwtEncoderParameters.from(header, claims));
		return new AccessToken(token.getTokenValue(), expiresAt);
	}

}
