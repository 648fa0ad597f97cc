package app;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON against the schemas of the OpenAPI document with networknt's JSON Schema
 * validator, in OpenAPI 3.1's dialect (JSON Schema 2020-12) with formats asserted. The
 * whole document is one schema resource, so a schema is addressed by its JSON pointer and
 * its {@code $ref}s into {@code #/components} resolve as they do for clients.
 */
final class DocumentSchemas {

	// Not fetched from anywhere: the registry maps this IRI to the document's text.
	private static final String DOCUMENT = "https://agora.test/docs/api/openapi.yaml";

	private final SchemaRegistry registry;

	private final Map<String, Schema> schemas = new HashMap<>();

	DocumentSchemas(ApiDocument document) {
		// OpenAPI's integer formats are not JSON Schema's: without them 2147483648 would
		// pass as an int32.
		var dialect = Dialect.builder(Dialects.getOpenApi31())
			.format(new IntegerRange("int32", Integer.MIN_VALUE, Integer.MAX_VALUE))
			.format(new IntegerRange("int64", Long.MIN_VALUE, Long.MAX_VALUE))
			.format(new Mailbox())
			.build();
		var config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
		this.registry = SchemaRegistry.withDefaultDialect(dialect,
				builder -> builder.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT, document.text())));
	}

	/** What is wrong with the value for the schema at the pointer; empty if nothing. */
	List<String> errors(String pointer, JsonNode value) {
		var schema = schemas.computeIfAbsent(pointer, it -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + it)));
		return schema.validate(value).stream().map(error -> error.toString()).toList();
	}

	boolean accepts(String pointer, JsonNode value) {
		return errors(pointer, value).isEmpty();
	}

	/**
	 * JSON Schema's {@code email}: an RFC 5321 mailbox, by its syntax. networknt's own
	 * also wants a top-level domain it knows, and so refuses the test administrator's
	 * {@code admin@agora.test} (RFC 2606 keeps {@code .test} for tests). Quoted local
	 * parts and address literals are left out: nothing here sends them.
	 */
	private static final class Mailbox implements Format {

		private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";

		private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

		private static final Pattern MAILBOX = Pattern
			.compile("(?=[^@]{1,64}@)" + ATOM + "(\\." + ATOM + ")*@" + LABEL + "(\\." + LABEL + ")*");

		@Override
		public String getName() {
			return "email";
		}

		@Override
		public boolean matches(ExecutionContext context, String value) {
			return value.length() <= 254 && MAILBOX.matcher(value).matches();
		}

	}

	/** An integer format that says how large a number may be. */
	private record IntegerRange(String name, long min, long max) implements Format {

		@Override
		public String getName() {
			return name;
		}

		@Override
		public boolean matches(ExecutionContext context, SchemaContext schemaContext, JsonNode value) {
			if (!value.isNumber()) {
				return true;
			}
			if (!value.isIntegralNumber()) {
				return false;
			}
			var number = value.bigIntegerValue();
			return number.compareTo(BigInteger.valueOf(min)) >= 0 && number.compareTo(BigInteger.valueOf(max)) <= 0;
		}

	}

}
