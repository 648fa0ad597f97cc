package app.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import app.web.ApiProblems.InvalidField;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Problem details for everything the modules do not answer themselves: malformed JSON,
 * wrong parameter types, invalid fields, unknown paths, concurrent changes, a database
 * that cannot be used (503), and, as the last resort, an unexpected failure that is
 * logged with an id and reported without internals. Ordered last so that a module's own
 * error handlers win.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	static final String INVALID_REQUEST = "invalid-request";
	static final String NOT_FOUND = "not-found";
	static final String CONCURRENT_CHANGE = "concurrent-change";
	static final String INTERNAL_ERROR = "internal-error";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final String MAY_HAVE_BEEN_DONE = "The request may have been carried out: send it again with the same "
			+ "Idempotency-Key, which returns what was done or does it once.";

	static final String BODY_TOO_LARGE = "body-too-large";

	private static final int MAX_REASON = 300;

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = Stream.concat(
				ex.getBindingResult().getFieldErrors().stream().map(it -> new InvalidField(it.getField(), message(it))),
				ex.getBindingResult()
					.getGlobalErrors()
					.stream()
					.map(it -> new InvalidField(it.getObjectName(), message(it))));
		return invalid(ex, headers, status, request, errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new InvalidField(parameterName(result.getMethodParameter().getParameterName(), error),
						message(error))));
		return invalid(ex, headers, status, request, errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		var expected = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
		var problem = ApiProblems.of(status, INVALID_REQUEST, "'%s' is not a valid %s for %s"
			.formatted(ApiProblems.echo(ex.getValue()), expected, ex.getPropertyName()));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var tooLarge = cause(ex, RequestBodyLimit.BodyTooLarge.class);
		if (tooLarge != null) {
			var problem = ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, BODY_TOO_LARGE, tooLarge.getMessage());
			return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		return handleExceptionInternal(ex, unreadableBody(ex, status), headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = ApiProblems.of(status, NOT_FOUND, "There is nothing at /" + ex.getResourcePath());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/*
	 * The firewall checks a header when it is first read, which may be in a controller: a
	 * header it refuses (control characters, or UTF-8 such as an emoji, which HTTP
	 * carries as Latin-1) is the client's input.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejectedByFirewall(RequestRejectedException ex) {
		return ApiProblems.of(HttpStatus.BAD_REQUEST, INVALID_REQUEST, ApiProblems.REJECTED_REQUEST);
	}

	/*
	 * Spring MVC's own refusals (405, 406, 415, ...) come as problems of type
	 * about:blank: give each the type its status names, as for every other problem.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
			problem.setType(ApiProblems.type(ApiProblems.slug(status)));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
	ProblemDetail concurrentChange(RuntimeException ex) {
		return ApiProblems.of(HttpStatus.CONFLICT, CONCURRENT_CHANGE,
				"Someone else changed this at the same time. Read it again and retry.");
	}

	/*
	 * A value PostgreSQL refuses to store (SQLState class 22: a NUL character, a number
	 * out of range) came from the request: validation should have caught it, but it is
	 * still the client's input, not our failure.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> unstorableValue(DataIntegrityViolationException ex, HttpServletRequest request) {
		if (ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22")) {
			return ResponseEntity.badRequest()
				.body(ApiProblems.of(HttpStatus.BAD_REQUEST, INVALID_REQUEST,
						"The request holds a value that cannot be stored, such as a NUL character or an out-of-range number"));
		}
		return unexpected(ex, request);
	}

	/*
	 * Spring Security's refusals belong to the security filter chain, which answers them
	 * as 401 or 403 problems: thrown on, they reach it instead of becoming a 500 below.
	 */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void refusedBySecurity(RuntimeException ex) {
		throw ex;
	}

	/*
	 * A module's refusal, as its exception declares it (@Refusal); otherwise the last
	 * resort below.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> refusedOrUnexpected(Exception ex, HttpServletRequest request) {
		var refusal = AnnotationUtils.findAnnotation(ex.getClass(), Refusal.class);
		if (refusal == null) {
			return unexpected(ex, request);
		}
		var problem = ApiProblems.of(refusal.status(), refusal.type(), String.valueOf(ex.getMessage()));
		if (ex instanceof Refusal.Details details) {
			details.describe(problem);
		}
		var answer = ResponseEntity.status(refusal.status());
		if (refusal.status() == HttpStatus.SERVICE_UNAVAILABLE) {
			// A refusal for now, such as the search index still being built: as the API
			// document says of every 503, Retry-After tells when to try again.
			answer.header(HttpHeaders.RETRY_AFTER, "1");
		}
		return answer.body(problem);
	}

	/*
	 * A database that could not be used (busy, down, restarting) is not a bug: 503 with
	 * Retry-After, whatever exception Spring wrapped it in.
	 */
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		var unavailable = UnavailableDatabase.of(ex);
		if (unavailable != null) {
			log.warn("{} {} answered 503, the database could not be used: {}", request.getMethod(),
					request.getRequestURI(), NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds)
				.body(mayHaveBeenDone(unavailable.problem(), request));
		}
		var incident = UUID.randomUUID();
		log.error("Unexpected error, incident {}", incident, ex);
		var problem = ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR,
				"Something went wrong on our side. It has been logged as incident " + incident + ".");
		problem.setProperty("incident", incident);
		return ResponseEntity.internalServerError().body(mayHaveBeenDone(problem, request));
	}

	private static ProblemDetail mayHaveBeenDone(ProblemDetail problem, HttpServletRequest request) {
		problem.setDetail(mayHaveBeenDone(problem.getDetail(), request));
		return problem;
	}

	/*
	 * A request that failed on our side may still have been carried out (its transaction
	 * committed before the failure): the client should repeat it with the same key, which
	 * returns what was done or does it once.
	 */
	static String mayHaveBeenDone(String detail, HttpServletRequest request) {
		return request.getHeader(IDEMPOTENCY_KEY) == null ? detail : detail + " " + MAY_HAVE_BEEN_DONE;
	}

	private @Nullable ResponseEntity<Object> invalid(Exception ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request, Stream<InvalidField> errors) {
		List<InvalidField> sorted = errors.sorted(Comparator.comparing(InvalidField::field)).toList();
		var problem = ApiProblems.of(status, INVALID_REQUEST,
				sorted.size() == 1 ? "1 field is invalid" : sorted.size() + " fields are invalid");
		problem.setProperty("errors", sorted);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/*
	 * The body did not map onto the request type: say which field and why, passing on the
	 * reason a value object gave for refusing its input (our own message), but never a
	 * parser's internals.
	 */
	private static ProblemDetail unreadableBody(HttpMessageNotReadableException ex, HttpStatusCode status) {
		String reason = null;
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null) {
				// A value object's own words, which may quote the input: kept short.
				reason = refused.getMessage().length() <= MAX_REASON ? refused.getMessage()
						: refused.getMessage().substring(0, MAX_REASON) + "…";
				break;
			}
		}
		if (!(ex.getCause() instanceof JacksonException json)) {
			return ApiProblems.of(status, INVALID_REQUEST,
					reason != null ? reason : "The request body is missing or unreadable");
		}
		var path = json.getPath()
			.stream()
			.map(it -> it.getPropertyName() != null ? it.getPropertyName() : "[" + it.getIndex() + "]")
			.reduce((left, right) -> right.startsWith("[") ? left + right : left + "." + right);
		if (path.isEmpty()) {
			return ApiProblems.of(status, INVALID_REQUEST,
					reason != null ? reason : "The request body is not valid JSON");
		}
		var message = reason != null ? reason : expected(json);
		var problem = ApiProblems.of(status, INVALID_REQUEST,
				reason != null ? reason : "'%s' %s".formatted(path.get(), message));
		problem.setProperty("errors", List.of(new InvalidField(path.get(), message)));
		return problem;
	}

	/** What the field should have held, in the document's terms. */
	private static String expected(JacksonException json) {
		if (!(json instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
			return "is missing or has the wrong type";
		}
		var target = mismatch.getTargetType();
		if (CharSequence.class.isAssignableFrom(target)) {
			return "must be a string";
		}
		if (target == Boolean.class || target == boolean.class) {
			return "must be true or false";
		}
		if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
			return "must be a whole number";
		}
		if (Number.class.isAssignableFrom(target)) {
			return "must be a number";
		}
		return "is missing or has the wrong type";
	}

	private static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static String parameterName(@Nullable String parameter, MessageSourceResolvable error) {
		if (error instanceof FieldError field) {
			return parameter + "." + field.getField();
		}
		return parameter == null ? "parameter" : parameter;
	}

	private static String message(MessageSourceResolvable error) {
		return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
	}

}
