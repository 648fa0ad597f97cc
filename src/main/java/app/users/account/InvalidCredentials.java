package app.users.account;

/** The email address or the password is wrong; deliberately not saying which. */
class InvalidCredentials extends RuntimeException {

	InvalidCredentials() {
		super("The email address or the password is wrong");
	}

}
