package app.users.account;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** The account is the only administrator's and cannot be deleted. */
@Refusal(status = HttpStatus.CONFLICT, type = "last-administrator")
class LastAdministrator extends RuntimeException {

	LastAdministrator() {
		super("This is the last administrator's account: make another administrator before deleting it");
	}

}
