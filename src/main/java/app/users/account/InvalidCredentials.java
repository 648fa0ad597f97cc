package app.users.account;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** The email address or the password is wrong; deliberately not saying which. */
@Refusal(status = HttpStatus.UNAUTHORIZED, type = "invalid-credentials")
class InvalidCredentials extends RuntimeException {

	InvalidCredentials() {
		super("The email address or the password is wrong");
	}

}
