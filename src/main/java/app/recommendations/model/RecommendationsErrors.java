package app.recommendations.model;

import app.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The recommendations' one refusal of their own: a rebuild while another runs. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecommendationsErrors {

	@ExceptionHandler(RebuildInProgress.class)
	ProblemDetail rebuildInProgress(RebuildInProgress ex) {
		return ApiProblems.of(HttpStatus.CONFLICT, "rebuild-in-progress", ex.getMessage());
	}

}
