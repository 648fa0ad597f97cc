package app.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The OpenAPI document's frame (title, version, a relative server, so that the committed
 * spec does not depend on where it was generated) and the problem responses every
 * operation documents: declared client errors, 400 for input, 404 for a path that names
 * something, 503 for a database that cannot be used, all as
 * {@code application/problem+json}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

	/** Raised when a change breaks clients; additions leave it. */
	static final String API_VERSION = "1";

	static final String PROBLEM_DETAIL = "ProblemDetail";

	private static final String INVALID_FIELD = "InvalidField";

	@Bean
	OpenAPI agoraApi() {
		return new OpenAPI().info(new Info().title("Agora")
			.version(API_VERSION)
			.description("""
					The HTTP API of Agora, a shop: browse the catalog, register and sign in, fill a cart, \
					check out and pay, follow orders, and, for administrators, run the shop.

					Send the access token from `POST /api/users/login` as `Authorization: Bearer <token>`; \
					operations that need it say so in their security requirement, and those for \
					administrators name the role `ADMIN` there and in their description. Every error is an \
					RFC 9457 problem (`application/problem+json`) whose `type` is a stable \
					`urn:agora:problem:<slug>`.""")
			// No licence has been granted for Agora: say so rather than imply one.
			.license(new License().name("Proprietary: all rights reserved")))
			.servers(List.of(new Server().url("/").description("The server that serves this document")))
			.components(new Components().addSchemas(PROBLEM_DETAIL, problemDetail())
				.addSchemas(INVALID_FIELD, invalidField())
				.addResponses(ProblemResponses.BAD_REQUEST, problem(
						"The request is invalid: a malformed body, a missing or wrongly typed value, or fields that "
								+ "fail validation (listed in `errors`)"))
				.addResponses(ProblemResponses.UNAUTHORIZED,
						problem("No access token, or one that is invalid or expired: log in or refresh it"))
				.addResponses(ProblemResponses.FORBIDDEN, problem("The signed-in account may not do this"))
				.addResponses(ProblemResponses.NOT_FOUND,
						problem("What the path names does not exist, or is not the caller's"))
				.addResponses(ProblemResponses.NOT_ACCEPTABLE,
						problem("The request's Accept header names no type this operation answers with"))
				.addResponses(ProblemResponses.CONTENT_TOO_LARGE,
						problem("The request body is larger than the shop reads (agora.web.max-request-body)"))
				.addResponses(ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
						problem("The request body is not sent as application/json"))
				.addResponses(ProblemResponses.TOO_MANY_REQUESTS,
						problem("This client sent too many requests; Retry-After says when to try again"))
				.addResponses(ProblemResponses.SERVICE_UNAVAILABLE, problem(
						"The shop cannot answer right now (`busy`: every database connection taken, or too many searches "
								+ "waiting their turn; `database-unavailable`: the database is down or restarting); "
								+ "Retry-After says when to try again. A request sent with an "
								+ "Idempotency-Key may have been carried out: send it again with the same key")
					.addHeaderObject(HttpHeaders.RETRY_AFTER,
							new Header().description("Seconds to wait").schema(new IntegerSchema().format("int32")))));
	}

	/*
	 * Springdoc takes a declared response's content from the handler's return type, which
	 * is wrong for an error: every client error is a problem.
	 */
	@Bean
	OperationCustomizer problemResponsesForClientErrors() {
		return (operation, handler) -> {
			var responses = operation.getResponses();
			responses.forEach((status, response) -> {
				if (status.startsWith("4") && response.get$ref() == null) {
					response.setContent(problemContent());
				}
			});
			// Every operation may meet a header the firewall refuses, a token that is no
			// longer valid (even where none is needed), an Accept it cannot answer and a
			// database that cannot be used.
			responses.putIfAbsent("400", ProblemResponses.ref(ProblemResponses.BAD_REQUEST));
			responses.putIfAbsent("401", ProblemResponses.ref(ProblemResponses.UNAUTHORIZED));
			responses.putIfAbsent("406", ProblemResponses.ref(ProblemResponses.NOT_ACCEPTABLE));
			responses.putIfAbsent("503", ProblemResponses.ref(ProblemResponses.SERVICE_UNAVAILABLE));
			if (operation.getRequestBody() != null) {
				responses.putIfAbsent("413", ProblemResponses.ref(ProblemResponses.CONTENT_TOO_LARGE));
				responses.putIfAbsent("415", ProblemResponses.ref(ProblemResponses.UNSUPPORTED_MEDIA_TYPE));
			}
			boolean namesSomething = Arrays.stream(handler.getMethodParameters())
				.anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class));
			if (namesSomething && !handler.hasMethodAnnotation(NeverNotFound.class)) {
				responses.putIfAbsent("404", ProblemResponses.ref(ProblemResponses.NOT_FOUND));
			}
			return operation;
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	private static Content problemContent() {
		return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_DETAIL)));
	}

	private static Schema<?> problemDetail() {
		var schema = new ObjectSchema().description("An RFC 9457 problem: what went wrong, for programs and people")
			.properties(Map.of("type",
					new StringSchema().format("uri")
						.description("urn:agora:problem:<slug> for Agora's own problems, stable for clients to act on")
						.example("urn:agora:problem:not-found"),
					"title", new StringSchema().description("The HTTP status's reason phrase").example("Not Found"),
					"status", new IntegerSchema().format("int32").description("The HTTP status").example(404), "detail",
					new StringSchema().description("What happened, for a person to read"), "instance",
					new StringSchema().format("uri-reference").description("The request's path"), "errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + INVALID_FIELD))
						.description("The fields or parameters that failed validation, for an invalid request")));
		schema.additionalProperties(true);
		schema.required(List.of("type", "title", "status"));
		return schema;
	}

	private static Schema<?> invalidField() {
		return new ObjectSchema().description("One field or parameter that failed validation")
			.properties(Map.of("field", new StringSchema().example("email"), "message",
					new StringSchema().example("must be a well-formed email address")))
			.required(List.of("field", "message"));
	}

}
