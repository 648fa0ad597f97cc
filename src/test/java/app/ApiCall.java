package app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.ApiDocument.ApiOperation;
import org.jspecify.annotations.Nullable;

/**
 * One request the contract test sends: an operation called one way, and whether the
 * document allows that request. Path segments are kept as sent (percent-encoded), query
 * values and headers as values.
 */
record ApiCall(ApiOperation operation, String variant, Verdict verdict, String method, Map<String, String> pathSegments,
		Map<String, List<String>> query, Map<String, String> headers, @Nullable String body) {

	/** What the document makes of a request. */
	enum Verdict {

		/** It allows it: the request must not be refused as invalid. */
		VALID,

		/** It forbids it: the request must not be accepted. */
		INVALID,

		/** It does not say (control characters, odd encodings, other media types). */
		UNDECIDED

	}

	static final String BASELINE = "valid";

	/** The operation's own method, before any variant. */
	static ApiCall of(ApiOperation operation) {
		return new ApiCall(operation, BASELINE, Verdict.VALID, operation.method(), Map.of(), Map.of(), Map.of(), null);
	}

	/** The path and query string, as sent. */
	String target() {
		var path = operation.path();
		for (var segment : pathSegments.entrySet()) {
			path = path.replace("{" + segment.getKey() + "}", segment.getValue());
		}
		if (query.isEmpty()) {
			return path;
		}
		return path + "?"
				+ query.entrySet()
					.stream()
					.flatMap(parameter -> parameter.getValue()
						.stream()
						.map(value -> encode(parameter.getKey()) + "=" + encode(value)))
					.collect(Collectors.joining("&"));
	}

	/**
	 * What a variant changed, without where: {@code a fraction for an integer} of
	 * {@code body quantity: a fraction for an integer}.
	 */
	String change() {
		int colon = variant.indexOf(": ");
		return colon < 0 ? variant : variant.substring(colon + 2);
	}

	ApiCall named(String variant, Verdict verdict) {
		return new ApiCall(operation, variant, verdict, method, pathSegments, query, headers, body);
	}

	ApiCall withMethod(String method) {
		return new ApiCall(operation, variant, verdict, method, pathSegments, query, headers, body);
	}

	ApiCall withPathSegment(String name, String encoded) {
		var segments = new LinkedHashMap<>(pathSegments);
		segments.put(name, encoded);
		return new ApiCall(operation, variant, verdict, method, segments, query, headers, body);
	}

	ApiCall withQuery(String name, List<String> values) {
		var parameters = new LinkedHashMap<>(query);
		parameters.put(name, new ArrayList<>(values));
		return new ApiCall(operation, variant, verdict, method, pathSegments, parameters, headers, body);
	}

	/** With the header set, or removed for a null value. */
	ApiCall withHeader(String name, @Nullable String value) {
		var changed = new LinkedHashMap<>(headers);
		if (value == null) {
			changed.remove(name);
		}
		else {
			changed.put(name, value);
		}
		return new ApiCall(operation, variant, verdict, method, pathSegments, query, changed, body);
	}

	/** With a body of the given media type, or none for a null body. */
	ApiCall withBody(@Nullable String body, @Nullable String contentType) {
		return new ApiCall(operation, variant, verdict, method, pathSegments, query, headers, body)
			.withHeader("Content-Type", contentType);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
