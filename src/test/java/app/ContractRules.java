package app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.ApiCall.Verdict;
import app.ApiClient.Answer;
import app.ApiDocument.DocumentedAnswer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What an answer must be, by the document: no 5xx; every error a problem
 * ({@code application/problem+json} with a {@code type}); a status the operation
 * documents, with the media type and body its schema says; no invalid request accepted,
 * no valid one refused as invalid, and nothing done for a caller the security requirement
 * leaves out.
 */
final class ContractRules {

	static final String PROBLEM_TYPE = "application/problem+json";

	// Array indices in a validation message's location: the same mistake in every item is
	// one.
	private static final Pattern INDEX = Pattern.compile("/\\d+(?=/|:|$)");

	private final DocumentSchemas schemas;

	ContractRules(DocumentSchemas schemas) {
		this.schemas = schemas;
	}

	/** The kinds of failure, in the order the report lists them. */
	enum Kind {

		SERVER_ERROR("5xx answers"),

		NO_ANSWER("Requests the server did not answer"),

		NEVER_SUCCEEDED("Operations for which no valid request succeeded: the test does not reach their handlers"),

		NOT_A_PROBLEM("Errors that are not application/problem+json with a type"),

		UNDOCUMENTED_STATUS("Statuses the operation does not document"),

		UNDOCUMENTED_MEDIA_TYPE("Media types the document does not give for the status"),

		BODY_NOT_AS_DOCUMENTED("Bodies that do not match the documented schema"),

		INVALID_ACCEPTED("Requests the document forbids, answered 2xx"),

		VALID_REFUSED("Requests the document allows, refused with 400"),

		CREDENTIALS_IGNORED("Answered 2xx without the credentials the security requirement asks for"),

		OUTSIDE_THE_DOCUMENT("Methods and paths outside the document, answered wrongly");

		final String heading;

		Kind(String heading) {
			this.heading = heading;
		}

	}

	/** One way an answer breaks the contract, said the same way wherever it happens. */
	record Violation(Kind kind, String reason) {
	}

	List<Violation> check(ApiCall call, Caller caller, Answer answer) {
		var violations = new ArrayList<Violation>();
		int status = answer.status();
		var operation = call.operation();
		if (status >= 500) {
			violations.add(new Violation(Kind.SERVER_ERROR, status + " " + problemType(answer)));
		}
		if (status >= 400) {
			problemViolation(answer, call.method().equals("HEAD"))
				.ifPresent(reason -> violations.add(new Violation(Kind.NOT_A_PROBLEM, reason)));
		}
		var documented = operation.answer(status);
		if (documented == null) {
			violations.add(new Violation(Kind.UNDOCUMENTED_STATUS, status + " " + problemType(answer)));
		}
		else if (!call.method().equals("HEAD")) {
			violations.addAll(contentViolations(documented, answer));
		}
		if (status / 100 == 2 && call.verdict() == Verdict.INVALID) {
			violations.add(new Violation(Kind.INVALID_ACCEPTED, call.change()));
		}
		if (status == 400 && call.verdict() == Verdict.VALID) {
			violations.add(new Violation(Kind.VALID_REFUSED, call.change() + ", refused as " + problemType(answer)));
		}
		if (status / 100 == 2 && !caller.may(operation.access())) {
			violations.add(new Violation(Kind.CREDENTIALS_IGNORED,
					operation.access() + " operation answered " + status + " to " + caller.role()));
		}
		return violations;
	}

	/**
	 * A method or path the document lacks: refused (not 2xx), as a problem, without a
	 * 5xx.
	 */
	List<Violation> checkRefused(ApiCall call, Answer answer) {
		var violations = new ArrayList<Violation>();
		if (answer.status() >= 500) {
			violations.add(new Violation(Kind.SERVER_ERROR, answer.status() + " " + problemType(answer)));
		}
		if (answer.status() < 400) {
			violations.add(new Violation(Kind.OUTSIDE_THE_DOCUMENT, call.method() + " answered " + answer.status()));
		}
		else {
			problemViolation(answer, call.method().equals("HEAD"))
				.ifPresent(reason -> violations.add(new Violation(Kind.NOT_A_PROBLEM, reason)));
		}
		return violations;
	}

	/**
	 * OPTIONS says which methods a path has, to anyone: it is how clients and browsers
	 * find out.
	 */
	List<Violation> checkOptions(Answer answer, List<String> documentedMethods) {
		var allowed = Set
			.of(answer.headers().firstValue("Allow").orElse("").toUpperCase(Locale.ROOT).split("\\s*,\\s*"));
		if (answer.status() / 100 != 2) {
			return List.of(new Violation(Kind.OUTSIDE_THE_DOCUMENT,
					"OPTIONS answered " + answer.status() + " " + problemType(answer)));
		}
		if (!allowed.containsAll(documentedMethods)) {
			return List
				.of(new Violation(Kind.OUTSIDE_THE_DOCUMENT, "OPTIONS without every documented method in Allow"));
		}
		return List.of();
	}

	/**
	 * What makes an error answer not a problem, if anything. A HEAD's answer has the
	 * media type but no body to hold the type.
	 */
	private static Optional<String> problemViolation(Answer answer, boolean head) {
		if (!mediaType(answer).equals(PROBLEM_TYPE)) {
			return Optional
				.of(answer.status() + " as " + answer.contentType().orElse("no Content-Type") + bodyShape(answer));
		}
		if (head) {
			return Optional.empty();
		}
		var type = json(answer).path("type");
		if (!type.isString() || type.asString().isBlank()) {
			return Optional.of(answer.status() + " problem without a type");
		}
		return Optional.empty();
	}

	private List<Violation> contentViolations(DocumentedAnswer documented, Answer answer) {
		var violations = new ArrayList<Violation>();
		if (documented.schemaPointers().isEmpty()) {
			if (!answer.body().isEmpty()) {
				violations.add(new Violation(Kind.BODY_NOT_AS_DOCUMENTED, "a body where the document has none"));
			}
			return violations;
		}
		var pointer = documented.schemaPointers().get(mediaType(answer));
		if (pointer == null) {
			violations.add(new Violation(Kind.UNDOCUMENTED_MEDIA_TYPE,
					answer.status() + " as " + answer.contentType().orElse("no Content-Type")));
			return violations;
		}
		JsonNode body;
		try {
			body = ApiClient.JSON.readTree(answer.body());
		}
		catch (JacksonException ex) {
			violations.add(new Violation(Kind.BODY_NOT_AS_DOCUMENTED, "not JSON"));
			return violations;
		}
		for (var error : schemas.errors(pointer, body)) {
			violations.add(new Violation(Kind.BODY_NOT_AS_DOCUMENTED, INDEX.matcher(error).replaceAll("/*")));
		}
		if (mediaType(answer).equals(PROBLEM_TYPE) && body.path("status").asInt(answer.status()) != answer.status()) {
			violations.add(new Violation(Kind.BODY_NOT_AS_DOCUMENTED, "a problem whose status is not the answer's"));
		}
		return violations;
	}

	/** The media type of an answer, without its parameters. */
	static String mediaType(Answer answer) {
		return answer.contentType().map(type -> type.split(";")[0].strip().toLowerCase(Locale.ROOT)).orElse("");
	}

	/** The problem type, for saying which error a failure is about. */
	static String problemType(Answer answer) {
		return json(answer).path("type").asString("(no problem type)");
	}

	private static String bodyShape(Answer answer) {
		if (answer.body().isEmpty()) {
			return ", empty";
		}
		return answer.body().stripLeading().startsWith("<") ? ", an HTML page" : "";
	}

	private static JsonNode json(Answer answer) {
		try {
			return ApiClient.JSON.readTree(answer.body());
		}
		catch (JacksonException ex) {
			return SchemaSamples.JSON.missingNode();
		}
	}

}
