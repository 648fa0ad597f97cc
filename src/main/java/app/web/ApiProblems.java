package app.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

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
	 * Writes a problem where no controller answers, such as in a servlet filter: the same
	 * members Spring MVC writes for a {@link ProblemDetail}.
	 */
	public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String slug,
			String detail) throws IOException {
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", type(slug).toString());
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * One field or parameter that failed validation, as reported in a problem's
	 * {@code errors} member.
	 */
	public record InvalidField(String field, String message) {
	}

}
