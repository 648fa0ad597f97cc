package app.users.account;

/** Another account already has the email address. */
class EmailTaken extends RuntimeException {

	EmailTaken() {
		super("Another account uses this email address");
	}

}
