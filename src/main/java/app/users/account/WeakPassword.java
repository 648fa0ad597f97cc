package app.users.account;

import java.util.List;

/** A password the {@link PasswordPolicy} refuses, with every reason. */
class WeakPassword extends RuntimeException {

	private final String field;

	private final List<String> violations;

	WeakPassword(String field, List<String> violations) {
		super("The password is not good enough: " + String.join("; ", violations));
		this.field = field;
		this.violations = List.copyOf(violations);
	}

	String field() {
		return field;
	}

	List<String> violations() {
		return violations;
	}

}
