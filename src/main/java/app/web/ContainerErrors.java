package app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the servlet container sends the errors it meets outside Spring MVC (a filter's
 * {@code sendError}, an exception no handler caught, a TRACE it refuses): answered as
 * problem details like every other error, instead of Boot's plain JSON. Requested
 * directly, it is a path like any unknown one.
 */
@RestController
@Hidden
class ContainerErrors implements ErrorController {

	private final ApiErrors errors;

	ContainerErrors(ApiErrors errors) {
		this.errors = errors;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		var code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ApiProblems.of(HttpStatus.NOT_FOUND, ApiErrors.NOT_FOUND, "There is nothing at /error"));
		}
		var failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Exception ex) {
			return errors.refusedOrUnexpected(ex, request);
		}
		var status = HttpStatusCode.valueOf(code);
		var detail = status.is5xxServerError() ? "Something went wrong on our side."
				: "The server refused the request (" + code + ").";
		var problem = ApiProblems.of(status, ApiProblems.slug(status), detail);
		// The path the client asked for, not this page's.
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			problem.setInstance(UriComponentsBuilder.fromPath(path).build().toUri());
		}
		return ResponseEntity.status(status).body(problem);
	}

}
