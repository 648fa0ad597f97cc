package app.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * How every module words a problem, so that a client reads one format: a type URN made
 * from a stable slug ({@code urn:agora:problem:<slug>}), a human detail, and field errors
 * in one shape.
 */
public final class ApiProblems {

	private ApiProblems() {
	}

	/** The type of a problem, from its slug, such as {@code invalid-request}. */
	public static URI type(String slug) {
		return URI.create("urn:agora:problem:" + slug);
	}

	public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		return problem;
	}

	/**
	 * One field or parameter that failed validation, as reported in a problem's
	 * {@code errors} member.
	 */
	public record InvalidField(String field, String message) {
	}

}
