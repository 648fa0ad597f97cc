package app.web;

import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The problem responses the OpenAPI document defines once and every operation refers to,
 * for modules that document refusals of their own (the gateway's 401, 403 and 429).
 */
public final class ProblemResponses {

	public static final String BAD_REQUEST = "BadRequest";

	public static final String UNAUTHORIZED = "Unauthorized";

	public static final String FORBIDDEN = "Forbidden";

	public static final String NOT_FOUND = "NotFound";

	public static final String NOT_ACCEPTABLE = "NotAcceptable";

	public static final String CONTENT_TOO_LARGE = "ContentTooLarge";

	public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

	public static final String TOO_MANY_REQUESTS = "TooManyRequests";

	public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

	private ProblemResponses() {
	}

	/** A reference to one of the responses above. */
	public static ApiResponse ref(String name) {
		return new ApiResponse().$ref("#/components/responses/" + name);
	}

}
