package app.users.account;

import app.users.UserId;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** No active account has the given id. */
@Refusal(status = HttpStatus.NOT_FOUND, type = "not-found")
class AccountNotFound extends RuntimeException {

	AccountNotFound(UserId id) {
		super("There is no account " + id);
	}

}
