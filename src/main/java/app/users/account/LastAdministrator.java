package app.users.account;

/** The account is the only administrator's and cannot be deleted. */
class LastAdministrator extends RuntimeException {

	LastAdministrator() {
		super("This is the last administrator's account: make another administrator before deleting it");
	}

}
