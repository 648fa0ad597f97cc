package app.users.account;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The users module's refusals as problem details, each with a stable type. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UsersErrors {

	@ExceptionHandler(InvalidCredentials.class)
	ProblemDetail invalidCredentials(InvalidCredentials ex) {
		return problem(HttpStatus.UNAUTHORIZED, "invalid-credentials", ex.getMessage());
	}

	@ExceptionHandler(InvalidRefreshToken.class)
	ProblemDetail invalidRefreshToken(InvalidRefreshToken ex) {
		return problem(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", ex.getMessage());
	}

	@ExceptionHandler(WeakPassword.class)
	ProblemDetail weakPassword(WeakPassword ex) {
		var problem = problem(HttpStatus.BAD_REQUEST, "invalid-request",
				"The password is not good enough: " + String.join("; ", ex.violations()));
		problem.setProperty("errors", ex.violations().stream().map(violation -> field(ex.field(), violation)).toList());
		return problem;
	}

	@ExceptionHandler(InvalidProfile.class)
	ProblemDetail invalidProfile(InvalidProfile ex) {
		var problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", ex.field() + " " + ex.getMessage());
		problem.setProperty("errors", List.of(field(ex.field(), ex.getMessage())));
		return problem;
	}

	@ExceptionHandler({ AccountNotFound.class, AddressNotFound.class })
	ProblemDetail notFound(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler(EmailTaken.class)
	ProblemDetail emailTaken(EmailTaken ex) {
		return problem(HttpStatus.CONFLICT, "email-taken", ex.getMessage());
	}

	@ExceptionHandler(LastAdministrator.class)
	ProblemDetail lastAdministrator(LastAdministrator ex) {
		return problem(HttpStatus.CONFLICT, "last-administrator", ex.getMessage());
	}

	// The same shape as the web module's field errors, so clients read one format.
	private static Map<String, String> field(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:agora:problem:" + type));
		return problem;
	}

}
