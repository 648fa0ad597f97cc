package app.users.account;

import java.util.List;

import app.web.ApiProblems;
import app.web.ApiProblems.InvalidField;
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
		return ApiProblems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials", ex.getMessage());
	}

	@ExceptionHandler(InvalidRefreshToken.class)
	ProblemDetail invalidRefreshToken(InvalidRefreshToken ex) {
		return ApiProblems.of(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", ex.getMessage());
	}

	@ExceptionHandler(WeakPassword.class)
	ProblemDetail weakPassword(WeakPassword ex) {
		var problem = ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-request",
				"The password is not good enough: " + String.join("; ", ex.violations()));
		problem.setProperty("errors",
				ex.violations().stream().map(violation -> new InvalidField(ex.field(), violation)).toList());
		return problem;
	}

	@ExceptionHandler(InvalidProfile.class)
	ProblemDetail invalidProfile(InvalidProfile ex) {
		var problem = ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-request", ex.field() + " " + ex.getMessage());
		problem.setProperty("errors", List.of(new InvalidField(ex.field(), ex.getMessage())));
		return problem;
	}

	@ExceptionHandler({ AccountNotFound.class, AddressNotFound.class })
	ProblemDetail notFound(RuntimeException ex) {
		return ApiProblems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler(EmailTaken.class)
	ProblemDetail emailTaken(EmailTaken ex) {
		return ApiProblems.of(HttpStatus.CONFLICT, "email-taken", ex.getMessage());
	}

	@ExceptionHandler(LastAdministrator.class)
	ProblemDetail lastAdministrator(LastAdministrator ex) {
		return ApiProblems.of(HttpStatus.CONFLICT, "last-administrator", ex.getMessage());
	}

}
