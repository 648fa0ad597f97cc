package app.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What a signed access token must also be to be accepted: issued by us, with an issue and
 * an expiry time (a token without {@code exp} would be valid forever), not expired beyond
 * a small clock skew, naming an account that is still active (ADR 0026).
 */
class AccessTokenValidator implements OAuth2TokenValidator<Jwt> {

	private final GatewaySettings.Tokens settings;

	private final Clock clock;

	private final ActiveAccounts accounts;

	AccessTokenValidator(GatewaySettings.Tokens settings, Clock clock, ActiveAccounts accounts) {
		this.settings = settings;
		this.clock = clock;
		this.accounts = accounts;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		var refusal = refusal(token);
		return refusal == null ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, refusal, null));
	}

	private @Nullable String refusal(Jwt token) {
		if (!settings.issuer().equals(token.getClaimAsString("iss"))) {
			return "The token was not issued by this shop";
		}
		Instant issuedAt = token.getIssuedAt();
		Instant expiresAt = token.getExpiresAt();
		if (issuedAt == null || expiresAt == null) {
			return "The token has no issue or expiry time";
		}
		var now = clock.instant();
		Duration skew = settings.clockSkew();
		if (now.minus(skew).isAfter(expiresAt)) {
			return "The token has expired";
		}
		if (now.plus(skew).isBefore(issuedAt)
				|| (token.getNotBefore() != null && now.plus(skew).isBefore(token.getNotBefore()))) {
			return "The token is not valid yet";
		}
		var account = account(token.getSubject());
		if (account == null) {
			return "The token names no account";
		}
		if (!accounts.isActive(account)) {
			return "The token's account has been deleted or disabled";
		}
		return null;
	}

	private static @Nullable UUID account(@Nullable String subject) {
		try {
			return subject == null ? null : UUID.fromString(subject);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
