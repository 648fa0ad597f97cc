package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import app.AuthorizationMatrixTests.Access;
import app.documentation.CommittedDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as clients and code generators read it: the committed
 * {@code docs/api/openapi.yaml} is exactly what the code generates, and every operation
 * has a summary, the security requirement the gateway really enforces (as
 * {@link AuthorizationMatrixTests#DECISIONS} records it), problem responses for its
 * errors, and JSON rather than {@code *}{@code /*} content.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTests {

	static final Path COMMITTED = Path.of("docs", "api", "openapi.yaml");

	static final Path GENERATED = Path.of("target", "generated-api");

	static final String REGENERATE = "./mvnw test -Dtest=ApiDocumentationTests -Ddocs.update";

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
			"trace");

	// Springdoc's suffix for an operationId it had to make unique: a client would get
	// get_5.
	private static final Pattern DEDUPLICATED = Pattern.compile("_\\d+$");

	private final MockMvcTester mvc;

	ApiDocumentationTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void committedSpecIsWhatTheCodeGenerates() throws IOException {
		var generated = GENERATED.resolve(COMMITTED.getFileName());
		Files.createDirectories(GENERATED);
		Files.writeString(generated, fetch("/v3/api-docs.yaml"), StandardCharsets.UTF_8);

		CommittedDocuments.assertUpToDate(generated, COMMITTED, REGENERATE);
	}

	@Test
	void everyOperationSaysWhoMayCallItAndHowItFails() {
		var api = JsonMapper.builder().build().readTree(fetch("/v3/api-docs"));
		var failures = new ArrayList<String>();
		var documented = new TreeSet<String>();
		var operationIds = new HashSet<String>();
		for (var path : api.path("paths").properties()) {
			for (var method : path.getValue().properties()) {
				if (!METHODS.contains(method.getKey())) {
					continue;
				}
				var endpoint = method.getKey().toUpperCase() + " " + path.getKey();
				documented.add(endpoint);
				check(api, endpoint, method.getValue(), operationIds, failures);
			}
		}

		assertThat(failures).as("operations documented wrongly").isEmpty();
		var apiEndpoints = AuthorizationMatrixTests.DECISIONS.entrySet()
			.stream()
			.filter(decision -> decision.getKey().contains(" /api/") && decision.getValue() != Access.NOBODY)
			.map(decision -> decision.getKey())
			.toList();
		assertThat(documented).as("API endpoints missing from the document").containsAll(apiEndpoints);
	}

	private static void check(JsonNode api, String endpoint, JsonNode operation, Set<String> operationIds,
			List<String> failures) {
		var access = AuthorizationMatrixTests.DECISIONS.get(endpoint);
		if (access == null || access == Access.NOBODY) {
			failures.add(endpoint + ": documented, but AuthorizationMatrixTests lets nobody call it");
			return;
		}
		if (operation.path("summary").asString("").isBlank()) {
			failures.add(endpoint + ": no summary");
		}
		var operationId = operation.path("operationId").asString("");
		if (operationId.isBlank() || DEDUPLICATED.matcher(operationId).find() || !operationIds.add(operationId)) {
			failures.add(endpoint + ": operationId '" + operationId + "' is missing, made up or not unique");
		}

		var security = operation.get("security");
		var expected = switch (access) {
			case PUBLIC -> "[]";
			case SIGNED_IN -> "[{\"bearerToken\":[]}]";
			case ADMIN, NOBODY -> "[{\"bearerToken\":[\"ADMIN\"]}]";
		};
		if (security == null || !security.toString().equals(expected)) {
			failures.add("%s is %s: security should be %s, is %s".formatted(endpoint, access, expected, security));
		}
		if (access == Access.ADMIN && !operation.path("description").asString("").contains("Administrators only")) {
			failures.add(endpoint + ": the description does not say that it is for administrators");
		}

		var responses = operation.path("responses");
		boolean succeeds = false;
		boolean problemResponse = false;
		for (var response : responses.properties()) {
			var status = response.getKey();
			var resolved = resolve(api, response.getValue());
			succeeds |= status.startsWith("2");
			if (status.startsWith("4")) {
				var types = new TreeSet<String>();
				resolved.path("content").propertyNames().forEach(types::add);
				if (!types.equals(Set.of("application/problem+json"))) {
					failures.add("%s answers %s as %s, not as a problem".formatted(endpoint, status, types));
				}
				problemResponse |= resolved.at("/content/application~1problem+json/schema/$ref")
					.asString("")
					.equals("#/components/schemas/ProblemDetail");
			}
		}
		if (!succeeds) {
			failures.add(endpoint + ": no success response");
		}
		if (!problemResponse) {
			failures.add(endpoint + ": no 4xx problem response");
		}
		if (operation.toString().contains("\"*/*\"")) {
			failures.add(endpoint + ": content of type */*");
		}
	}

	private static JsonNode resolve(JsonNode api, JsonNode node) {
		var ref = node.path("$ref").asString("");
		return ref.startsWith("#") ? api.at(ref.substring(1)) : node;
	}

	private String fetch(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
