package app.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
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

	/** What a client hears when the firewall refuses a request's path or headers. */
	public static final String REJECTED_REQUEST = "The request's path or a header holds characters or sequences the "
			+ "shop refuses: encoded slashes, '..', ';' or '//' in the path, or control characters or "
			+ "non-ASCII text in a header.";

	private static final int ECHOED = 40;

	private ApiProblems() {
	}

	/** The type of a problem, from its slug, such as {@code invalid-request}. */
	public static URI type(String slug) {
		return URI.create("urn:agora:problem:" + slug);
	}

	/**
	 * The slug of a problem that only its status describes, such as a 405 Spring MVC or
	 * the servlet container answers: the reason phrase, in the same form as our own
	 * slugs.
	 */
	public static String slug(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "invalid-request";
			case 413 -> "body-too-large";
			case 500 -> "internal-error";
			default -> {
				var known = HttpStatus.resolve(status.value());
				yield known == null ? "http-" + status.value()
						: known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
			}
		};
	}

	/**
	 * A value the client sent, as a problem may quote it: never more than 40 characters
	 * of it, so that a client cannot make an error answer (or a log line) as large as its
	 * request.
	 */
	public static String echo(@Nullable Object value) {
		var text = String.valueOf(value);
		return text.length() <= ECHOED ? text : text.substring(0, ECHOED) + "…";
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
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), members(status, slug, detail));
	}

	/**
	 * The members Spring MVC writes for a {@link ProblemDetail}, for answers written
	 * without it (a servlet filter, the servlet container's error report).
	 */
	static Map<String, Object> members(HttpStatusCode status, String slug, String detail) {
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", type(slug).toString());
		problem.put("title", status instanceof HttpStatus known ? known.getReasonPhrase() : "Error " + status.value());
		problem.put("status", status.value());
		problem.put("detail", detail);
		return problem;
	}

	/**
	 * One field or parameter that failed validation, as reported in a problem's
	 * {@code errors} member.
	 */
	public record InvalidField(String field, String message) {
	}

}
