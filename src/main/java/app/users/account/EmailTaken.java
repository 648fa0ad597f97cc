package app.users.account;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** Another account already has the email address. */
@Refusal(status = HttpStatus.CONFLICT, type = "email-taken")
class EmailTaken extends RuntimeException {

	EmailTaken() {
		super("Another account uses this email address");
	}

}
