package app.users.account;

/** The refresh token is unknown, used, revoked or expired. */
class InvalidRefreshToken extends RuntimeException {

	InvalidRefreshToken() {
		super("The refresh token is invalid, used or expired. Log in again.");
	}

}
