package app.users.account;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** The refresh token is unknown, used, revoked or expired. */
@Refusal(status = HttpStatus.UNAUTHORIZED, type = "invalid-refresh-token")
class InvalidRefreshToken extends RuntimeException {

	InvalidRefreshToken() {
		super("The refresh token is invalid, used or expired. Log in again.");
	}

}
