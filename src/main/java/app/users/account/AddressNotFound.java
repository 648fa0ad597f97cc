package app.users.account;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** The account keeps no address with the given id. */
@Refusal(status = HttpStatus.NOT_FOUND, type = "not-found")
class AddressNotFound extends RuntimeException {

	AddressNotFound(AddressId id) {
		super("There is no address " + id + " in this account");
	}

}
