package app;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

import app.ApiCall.Verdict;
import app.ApiDocument.ApiOperation;
import app.ApiDocument.ApiParameter;
import app.AuthorizationMatrixTests.Access;
import app.SchemaSamples.Sample;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The requests sent for one operation and caller: a valid one built from the document's
 * schemas and the shop's real IDs, then variants that each change one thing in it: a
 * path, query or header parameter, a body property, the body as a whole, the credentials
 * or the media types. Whether a variant is valid is the validator's verdict on the
 * changed value, not the generator's intention, so that a value the generator meant to
 * break but the document allows is tried as the valid value it is.
 */
final class RequestVariants {

	static final String JSON_TYPE = "application/json";

	// Percent-encodings that servlet containers and firewalls treat specially, tried in
	// every path parameter.
	private static final List<String> ODD_SEGMENTS = List.of("%2F", "%00", "%FF", "%20", "..", "%2E%2E");

	private static final Pattern INTEGER = Pattern.compile("-?\\d+");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

	private static final Pattern HEADER_SAFE = Pattern.compile("[\\x20-\\x7E]*");

	private final ApiDocument document;

	private final DocumentSchemas schemas;

	private final SchemaSamples samples;

	private final ContractShop shop;

	RequestVariants(ApiDocument document, DocumentSchemas schemas, SchemaSamples samples, ContractShop shop) {
		this.document = document;
		this.schemas = schemas;
		this.samples = samples;
		this.shop = shop;
	}

	/** The valid request first, then one variant after another. */
	List<ApiCall> of(ApiOperation operation, Caller caller) {
		var body = operation.body() == null ? null : typicalBody(operation, caller);
		var variants = new Variants(operation, caller, body);
		variants.add(variants.baseline());
		for (var parameter : operation.parameters("path")) {
			pathVariants(variants, parameter);
		}
		for (var parameter : operation.parameters("query")) {
			queryVariants(variants, parameter);
		}
		for (var parameter : operation.parameters("header")) {
			headerVariants(variants, parameter);
		}
		credentialVariants(variants);
		variants.add(variants.baseline()
			.withHeader("Accept", "application/xml")
			.named("header Accept: application/xml", Verdict.UNDECIDED));
		if (body != null) {
			bodyVariants(variants, body);
		}
		return variants.calls;
	}

	private void pathVariants(Variants variants, ApiParameter parameter) {
		for (var sample : parameterSamples(parameter)) {
			var text = sample.value().asString();
			if (!text.isEmpty()) {
				variants.add(variants.baseline()
					.withPathSegment(parameter.name(), encode(text))
					.named("path " + parameter.name() + ": " + sample.name(), verdict(parameter, text)));
			}
		}
		for (var segment : ODD_SEGMENTS) {
			// Refusing these at the door is fine even where the document allows the
			// decoded value.
			var verdict = verdict(parameter, decode(segment)) == Verdict.VALID ? Verdict.UNDECIDED : Verdict.INVALID;
			variants.add(variants.baseline()
				.withPathSegment(parameter.name(), segment)
				.named("path " + parameter.name() + ": " + segment + " as sent", verdict));
		}
	}

	private void queryVariants(Variants variants, ApiParameter parameter) {
		var type = samples.type(parameter.schema());
		for (var sample : parameterSamples(parameter)) {
			var text = sample.value().asString();
			// An empty ?page= is taken as no value at all; the document has no word for
			// it.
			if (text.isEmpty() && !type.equals("string") && !type.equals("array")) {
				continue;
			}
			variants.add(variants.baseline()
				.withQuery(parameter.name(), List.of(text))
				.named("query " + parameter.name() + ": " + sample.name(), verdict(parameter, text)));
		}
	}

	private void headerVariants(Variants variants, ApiParameter parameter) {
		variants.add(variants.baseline()
			.withHeader(parameter.name(), null)
			.named("header " + parameter.name() + ": missing", parameter.required() ? Verdict.INVALID : Verdict.VALID));
		for (var sample : parameterSamples(parameter)) {
			var text = sample.value().asString();
			if (HEADER_SAFE.matcher(text).matches() && text.strip().equals(text)) {
				variants.add(variants.baseline()
					.withHeader(parameter.name(), text)
					.named("header " + parameter.name() + ": " + sample.name(), verdict(parameter, text)));
			}
		}
	}

	/** Credentials that are not an access token of this shop, where one is required. */
	private void credentialVariants(Variants variants) {
		if (variants.caller.role() != Access.PUBLIC || variants.operation.access() == Access.PUBLIC) {
			return;
		}
		variants.add(variants.baseline()
			.withHeader("Authorization", "Bearer not-a-token")
			.named("header Authorization: Bearer not-a-token", Verdict.INVALID));
		var password = Base64.getEncoder()
			.encodeToString((ContractShop.ADMIN_EMAIL + ":" + ContractShop.ADMIN_PASSWORD).getBytes());
		variants.add(variants.baseline()
			.withHeader("Authorization", "Basic " + password)
			.named("header Authorization: Basic with the administrator's password", Verdict.INVALID));
	}

	private void bodyVariants(Variants variants, ObjectNode body) {
		var pointer = variants.operation.body().pointer();
		var json = ApiClient.JSON.writeValueAsString(body);
		variants
			.add(variants.baseline().withBody("{\"unfinished\": ", JSON_TYPE).named("body: not JSON", Verdict.INVALID));
		variants.add(variants.baseline()
			.withBody("[]", JSON_TYPE)
			.named("body: a JSON array", verdict(pointer, SchemaSamples.JSON.arrayNode())));
		variants.add(variants.baseline()
			.withBody(null, JSON_TYPE)
			.named("body: missing", variants.operation.body().required() ? Verdict.INVALID : Verdict.VALID));
		variants.add(variants.baseline()
			.withBody(json, "text/plain")
			.named("header Content-Type: text/plain", Verdict.INVALID));
		variants.add(variants.baseline()
			.withBody(json, "application/json; charset=UTF-8")
			.named("header Content-Type: application/json; charset=UTF-8", Verdict.VALID));
		propertyVariants(variants, body, variants.operation.body().schema(), "");
	}

	/**
	 * For each property of an object schema: leave it out, null it, and try its edges,
	 * its breaking values and its odd ones; nested objects the same way, one level down.
	 */
	private void propertyVariants(Variants variants, ObjectNode body, Schema<?> declared, String path) {
		var schema = document.resolve(declared);
		if (schema.getProperties() == null) {
			return;
		}
		var pointer = variants.operation.body().pointer();
		var required = schema.getRequired() == null ? List.<String>of() : schema.getRequired();
		schema.getProperties().forEach((name, property) -> {
			var at = path.isEmpty() ? name : path + "." + name;
			var samplesOfProperty = new ArrayList<Sample>();
			samplesOfProperty.add(new Sample(required.contains(name) ? "missing" : "left out", null));
			if (required.contains(name)) {
				samplesOfProperty.add(new Sample("null", SchemaSamples.JSON.nullNode()));
			}
			var resolved = document.resolve(property);
			boolean nested = resolved.getProperties() != null;
			if (!nested) {
				samplesOfProperty.addAll(samples.edges(property));
			}
			samplesOfProperty.addAll(samples.breaking(property));
			for (var sample : samplesOfProperty) {
				var changed = replaced(body, at, sample.value());
				var verdict = verdict(pointer, changed);
				if (verdict == Verdict.VALID && shop.onlyTheKnownValueIsRight(variants.operation, at)) {
					verdict = Verdict.UNDECIDED;
				}
				variants.add(variants.baseline()
					.withBody(ApiClient.JSON.writeValueAsString(changed), JSON_TYPE)
					.named("body " + at + ": " + sample.name(), verdict));
			}
			if (!nested) {
				for (var sample : samples.odd(property)) {
					variants.add(variants.baseline()
						.withBody(ApiClient.JSON.writeValueAsString(replaced(body, at, sample.value())), JSON_TYPE)
						.named("body " + at + ": " + sample.name(), Verdict.UNDECIDED));
				}
			}
			else {
				propertyVariants(variants, body, property, at);
			}
		});
	}

	private ObjectNode typicalBody(ApiOperation operation, Caller caller) {
		var body = (ObjectNode) samples.typical(operation.body().schema());
		applyKnownValues(operation, caller, body, operation.body().schema(), "");
		var errors = schemas.errors(operation.body().pointer(), body);
		if (!errors.isEmpty()) {
			throw new IllegalStateException("The valid body built for " + operation + " as " + caller
					+ " is not valid: " + errors + " in " + body);
		}
		return body;
	}

	private void applyKnownValues(ApiOperation operation, Caller caller, ObjectNode body, Schema<?> declared,
			String path) {
		var schema = document.resolve(declared);
		if (schema.getProperties() == null) {
			return;
		}
		schema.getProperties().forEach((name, property) -> {
			var at = path.isEmpty() ? name : path + "." + name;
			shop.knownValue(operation, caller, at).ifPresent(value -> body.set(name, value));
			if (body.get(name) instanceof ObjectNode nested) {
				applyKnownValues(operation, caller, nested, property, at);
			}
		});
	}

	/**
	 * A parameter's samples, one per distinct text: another valid value, its edges and
	 * the texts that break its rules.
	 */
	private List<Sample> parameterSamples(ApiParameter parameter) {
		var schema = document.resolve(parameter.schema());
		var values = "array".equals(samples.type(schema)) ? schema.getItems() : schema;
		var all = new ArrayList<Sample>();
		all.add(new Sample("another valid value", samples.typical(values)));
		all.addAll(samples.edges(values));
		all.addAll(samples.breakingTexts(values));
		var byText = new LinkedHashMap<String, Sample>();
		for (var sample : all) {
			byText.putIfAbsent(sample.value().asString(), sample);
		}
		return new ArrayList<>(byText.values());
	}

	private Verdict verdict(ApiParameter parameter, String text) {
		return verdict(parameter.pointer(), typed(document.resolve(parameter.schema()), text));
	}

	private Verdict verdict(String pointer, JsonNode value) {
		return schemas.accepts(pointer, value) ? Verdict.VALID : Verdict.INVALID;
	}

	/**
	 * A text from a URL or header as the JSON value the parameter's schema describes: an
	 * array parameter's value as an array of one.
	 */
	private JsonNode typed(Schema<?> schema, String text) {
		var json = SchemaSamples.JSON;
		return switch (samples.type(schema)) {
			case "array" -> json.arrayNode().add(typed(document.resolve(schema.getItems()), text));
			case "integer" ->
				INTEGER.matcher(text).matches() ? json.numberNode(new BigInteger(text)) : json.stringNode(text);
			case "number" ->
				DECIMAL.matcher(text).matches() ? json.numberNode(new BigDecimal(text)) : json.stringNode(text);
			case "boolean" -> text.equals("true") || text.equals("false") ? json.booleanNode(Boolean.parseBoolean(text))
					: json.stringNode(text);
			default -> json.stringNode(text);
		};
	}

	/**
	 * A copy of the body with the value at a dotted path replaced, or removed for null.
	 */
	private static ObjectNode replaced(ObjectNode body, String path, @Nullable JsonNode value) {
		var copy = body.deepCopy();
		var names = path.split("\\.");
		var parent = copy;
		for (int i = 0; i < names.length - 1; i++) {
			parent = (ObjectNode) parent.get(names[i]);
		}
		if (value == null) {
			parent.remove(names[names.length - 1]);
		}
		else {
			parent.set(names[names.length - 1], value);
		}
		return copy;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Percent-decoding as a server does it, bytes that are not UTF-8 included. */
	private static String decode(String segment) {
		var bytes = new ByteArrayOutputStream();
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '%') {
				bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				bytes.write(c);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The calls for one operation and caller, each starting from a fresh valid request.
	 */
	private final class Variants {

		private final ApiOperation operation;

		private final Caller caller;

		private final @Nullable ObjectNode body;

		private final List<ApiCall> calls = new ArrayList<>();

		Variants(ApiOperation operation, Caller caller, @Nullable ObjectNode body) {
			this.operation = operation;
			this.caller = caller;
			this.body = body;
		}

		void add(ApiCall call) {
			calls.add(call);
		}

		/**
		 * The valid request, with header values of its own (an idempotency key is used
		 * once).
		 */
		ApiCall baseline() {
			var call = ApiCall.of(operation);
			for (var parameter : operation.parameters("path")) {
				call = call.withPathSegment(parameter.name(), encode(shop.pathValue(operation, caller, parameter)));
			}
			for (var parameter : operation.parameters("query")) {
				if (parameter.required()) {
					call = call.withQuery(parameter.name(), List.of(samples.typical(parameter.schema()).asString()));
				}
			}
			for (var parameter : operation.parameters("header")) {
				if (parameter.required()) {
					var value = shop.knownHeader(operation, parameter)
						.orElseGet(() -> parameter.example() != null ? parameter.example().toString()
								: samples.typical(parameter.schema()).asString());
					call = call.withHeader(parameter.name(), value);
				}
			}
			if (caller.bearer() != null) {
				call = call.withHeader("Authorization", caller.bearer());
			}
			if (body != null) {
				call = call.withBody(ApiClient.JSON.writeValueAsString(body), JSON_TYPE);
			}
			return call;
		}

	}

}
