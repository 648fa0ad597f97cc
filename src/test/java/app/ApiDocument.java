package app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.AuthorizationMatrixTests.Access;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.jspecify.annotations.Nullable;

/**
 * The committed OpenAPI document as swagger-parser reads it: its operations, the
 * parameters and body each takes, who may call it and what it answers. Every schema keeps
 * the JSON pointer at which it sits in the document, so that {@link DocumentSchemas} can
 * validate against it with its {@code $ref}s resolved.
 */
final class ApiDocument {

	private static final String JSON = "application/json";

	private static final String SCHEMAS = "#/components/schemas/";

	// OpenAPI 3.1 makes a license's SPDX identifier optional; swagger-parser 2.1 wants
	// it.
	private static final Set<String> PARSER_MISTAKES = Set.of("attribute info.license.identifier is missing");

	private final OpenAPI api;

	private final String text;

	private ApiDocument(OpenAPI api, String text) {
		this.api = api;
		this.text = text;
	}

	static ApiDocument read(Path file) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var result = new OpenAPIV3Parser().readContents(text, null, new ParseOptions());
		var messages = result.getMessages().stream().filter(message -> !PARSER_MISTAKES.contains(message)).toList();
		if (result.getOpenAPI() == null || !messages.isEmpty()) {
			throw new IllegalStateException(file + " is not a valid OpenAPI document: " + messages);
		}
		return new ApiDocument(result.getOpenAPI(), text);
	}

	/** The document's own text, for the schema validator. */
	String text() {
		return text;
	}

	List<ApiOperation> operations() {
		var operations = new ArrayList<ApiOperation>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			operations.add(operation(path, item, method, operation));
		}));
		return operations;
	}

	/** A schema itself, not the {@code $ref} that names it. */
	Schema<?> resolve(Schema<?> schema) {
		var ref = schema.get$ref();
		if (ref == null) {
			return schema;
		}
		if (!ref.startsWith(SCHEMAS)) {
			throw new IllegalStateException("Only references to " + SCHEMAS + "… are supported, not " + ref);
		}
		return resolve(api.getComponents().getSchemas().get(ref.substring(SCHEMAS.length())));
	}

	private ApiOperation operation(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
		var pointer = "/paths/" + escape(path) + "/" + method.name().toLowerCase();
		var parameters = new ArrayList<ApiParameter>();
		addParameters(parameters, item.getParameters(), "/paths/" + escape(path) + "/parameters");
		addParameters(parameters, operation.getParameters(), pointer + "/parameters");

		ApiBody body = null;
		if (operation.getRequestBody() != null) {
			var content = operation.getRequestBody().getContent();
			if (!content.keySet().equals(Set.of(JSON))) {
				throw new IllegalStateException(operation.getOperationId() + " takes " + content.keySet()
						+ "; the contract test generates JSON bodies only");
			}
			body = new ApiBody(Boolean.TRUE.equals(operation.getRequestBody().getRequired()),
					content.get(JSON).getSchema(), pointer + "/requestBody/content/" + escape(JSON) + "/schema");
		}

		var answers = new LinkedHashMap<String, DocumentedAnswer>();
		operation.getResponses().forEach((status, response) -> {
			var responsePointer = pointer + "/responses/" + escape(status);
			var resolved = response;
			if (response.get$ref() != null) {
				var name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
				resolved = api.getComponents().getResponses().get(name);
				responsePointer = "/components/responses/" + escape(name);
			}
			answers.put(status, answer(resolved, responsePointer));
		});
		return new ApiOperation(method.name(), path, operation.getOperationId(), access(operation), parameters, body,
				answers);
	}

	private static void addParameters(List<ApiParameter> parameters, @Nullable List<Parameter> declared,
			String pointer) {
		if (declared == null) {
			return;
		}
		for (int i = 0; i < declared.size(); i++) {
			var parameter = declared.get(i);
			if (parameter.get$ref() != null) {
				throw new IllegalStateException("Parameter references are not supported: " + parameter.get$ref());
			}
			parameters.add(new ApiParameter(parameter.getName(), parameter.getIn(),
					Boolean.TRUE.equals(parameter.getRequired()), parameter.getSchema(), parameter.getExample(),
					pointer + "/" + i + "/schema"));
		}
	}

	private static DocumentedAnswer answer(ApiResponse response, String pointer) {
		var schemas = new LinkedHashMap<String, String>();
		if (response.getContent() != null) {
			response.getContent()
				.keySet()
				.forEach(mediaType -> schemas.put(mediaType, pointer + "/content/" + escape(mediaType) + "/schema"));
		}
		return new DocumentedAnswer(schemas);
	}

	private static Access access(Operation operation) {
		List<SecurityRequirement> security = operation.getSecurity();
		if (security == null || security.isEmpty()) {
			return Access.PUBLIC;
		}
		var scopes = security.get(0).values().iterator().next();
		return scopes.contains("ADMIN") ? Access.ADMIN : Access.SIGNED_IN;
	}

	/** A JSON pointer's escaping of one reference token (RFC 6901). */
	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

	/** One operation of the document. */
	record ApiOperation(String method, String path, String id, Access access, List<ApiParameter> parameters,
			@Nullable ApiBody body, Map<String, DocumentedAnswer> answers) {

		List<ApiParameter> parameters(String in) {
			return parameters.stream().filter(parameter -> parameter.in().equals(in)).toList();
		}

		/**
		 * The documented answer for a status: its own, its range's (4XX) or the default.
		 */
		@Nullable DocumentedAnswer answer(int status) {
			var exact = answers.get(String.valueOf(status));
			if (exact != null) {
				return exact;
			}
			var range = answers.get(status / 100 + "XX");
			return range != null ? range : answers.get("default");
		}

		@Override
		public String toString() {
			return id + " (" + method + " " + path + ")";
		}

	}

	/** A path, query or header parameter, and where its schema is in the document. */
	record ApiParameter(String name, String in, boolean required, Schema<?> schema, @Nullable Object example,
			String pointer) {
	}

	/** A JSON request body, and where its schema is in the document. */
	record ApiBody(boolean required, Schema<?> schema, String pointer) {
	}

	/**
	 * What the document says an answer with one status carries: a schema pointer per
	 * media type, none for an answer without content.
	 */
	record DocumentedAnswer(Map<String, String> schemaPointers) {
	}

}
