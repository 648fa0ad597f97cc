package app.users.account;

/** The account keeps no address with the given id. */
class AddressNotFound extends RuntimeException {

	AddressNotFound(AddressId id) {
		super("There is no address " + id + " in this account");
	}

}
