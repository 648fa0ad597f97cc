package app.users.account;

import java.util.List;

import app.web.ApiProblems.InvalidField;
import app.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A profile change that breaks one of the account's rules, named by the field at fault.
 */
@Refusal(status = HttpStatus.BAD_REQUEST, type = "invalid-request")
class InvalidProfile extends RuntimeException implements Refusal.Details {

	private final String field;

	InvalidProfile(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return field;
	}

	/** The detail names the field, and the field is an error as validation reports it. */
	@Override
	public void describe(ProblemDetail problem) {
		problem.setDetail(field + " " + getMessage());
		problem.setProperty("errors", List.of(new InvalidField(field, String.valueOf(getMessage()))));
	}

}
