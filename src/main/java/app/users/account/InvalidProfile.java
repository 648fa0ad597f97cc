package app.users.account;

/**
 * A profile change that breaks one of the account's rules, named by the field at fault.
 */
class InvalidProfile extends RuntimeException {

	private final String field;

	InvalidProfile(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return field;
	}

}
