package app.users.account;

import java.util.List;

import app.web.ApiProblems.InvalidField;
import app.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A password the {@link PasswordPolicy} refuses, with every reason. */
@Refusal(status = HttpStatus.BAD_REQUEST, type = "invalid-request")
class WeakPassword extends RuntimeException implements Refusal.Details {

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

	/** Every reason, as an error of the password field. */
	@Override
	public void describe(ProblemDetail problem) {
		problem.setProperty("errors",
				violations.stream().map(violation -> new InvalidField(field, violation)).toList());
	}

}
