package app.users.account;

import app.users.UserId;

/** No active account has the given id. */
class AccountNotFound extends RuntimeException {

	AccountNotFound(UserId id) {
		super("There is no account " + id);
	}

}
