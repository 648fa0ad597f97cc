package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import app.ApiCall.Verdict;
import app.ApiClient.Answer;
import app.ApiDocument.ApiOperation;
import app.AuthorizationMatrixTests.Access;
import app.ContractRules.Kind;
import app.ContractRules.Violation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Holds the running server to its committed OpenAPI document
 * ({@code docs/api/openapi.yaml}). For every operation, as anonymous, a customer and an
 * administrator, it sends a valid request built from the document's schemas (with IDs
 * that exist in the shop) and variants that each change one thing: a parameter, a body
 * property, the whole body, the credentials, the media types. Every answer must be what
 * the document says ({@link ContractRules}). The requests go over a real connection, so
 * what Tomcat and the servlet filters answer counts too. Values are drawn from a seeded
 * source, so a run is repeatable; {@code -Dapi-contract.seed=…} tries others.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiContractTests {

	private static final Logger log = LoggerFactory.getLogger(ApiContractTests.class);

	private static final long SEED = Long.getLong("api-contract.seed", 15);

	// Called after all others, in this order: each uses up or ends something the others
	// need.
	private static final List<String> LAST = List.of("shipOrder", "deliverOrder", "removeAddress", "changePassword",
			"logOut", "deleteAccount", "deleteMyAccount");

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
			"TRACE");

	// Where nothing is, or nothing is for clients.
	private static final List<String> UNKNOWN_PATHS = List.of("/api/no-such-thing", "/no-such-page", "/error",
			"/api/catalog/products/");

	private final ApiClient client;

	private final ApiDocument document = ApiDocument.read(ApiDocumentationTests.COMMITTED);

	private final DocumentSchemas schemas = new DocumentSchemas(document);

	private final ContractRules rules = new ContractRules(schemas);

	private final ContractFailures failures = new ContractFailures();

	ApiContractTests(@LocalServerPort int port) {
		this.client = new ApiClient(port);
	}

	@Test
	void everyOperationAnswersAsTheDocumentSays() {
		long start = System.nanoTime();
		var samples = new SchemaSamples(document, new Random(SEED));
		var shop = ContractShop.open(client, samples);
		var variants = new RequestVariants(document, schemas, samples, shop);

		for (var operation : inCallingOrder(document.operations())) {
			boolean succeeded = false;
			for (var caller : shop.callers()) {
				for (var call : variants.of(operation, caller)) {
					if (call.verdict() != Verdict.INVALID) {
						shop.prepare(operation, caller);
					}
					var answer = send(call, caller);
					if (answer != null) {
						shop.answered(call, caller, answer);
						record(call, caller, answer, rules.check(call, caller, answer));
						succeeded |= answer.status() / 100 == 2 && call.verdict() == Verdict.VALID;
					}
				}
			}
			if (!succeeded && !ContractShop.cannotSucceed(operation)) {
				failures.add(operation, new Violation(Kind.NEVER_SUCCEEDED, "no valid request answered 2xx"));
			}
		}

		log.info("Sent {} requests in {}", client.sent(), Duration.ofNanos(System.nanoTime() - start));
		assertThat(failures.isEmpty()).as(() -> failures.report(client.sent())).isTrue();
	}

	/**
	 * HEAD answers as the path's GET does, without a body; OPTIONS says which methods a
	 * path has, to anyone; every other method a path lacks, and every path the document
	 * lacks, is refused as a problem.
	 */
	@Test
	void undocumentedMethodsAndPathsAreAnsweredAsHttpExpects() {
		var operations = document.operations();
		for (var path : operations.stream().map(ApiOperation::path).distinct().toList()) {
			var documented = operations.stream().filter(operation -> operation.path().equals(path)).toList();
			var methods = documented.stream().map(ApiOperation::method).toList();
			var get = documented.stream().filter(operation -> operation.method().equals("GET")).findFirst();
			for (var method : METHODS) {
				if (methods.contains(method)) {
					continue;
				}
				if (method.equals("HEAD") && get.isPresent()) {
					checkDocumented(somewhere(get.get()).withMethod("HEAD").named("HEAD", Verdict.VALID));
				}
				else if (method.equals("OPTIONS")) {
					checkOptions(somewhere(outside(method, documented.get(0))), methods);
				}
				else {
					checkRefused(somewhere(outside(method, documented.get(0))));
				}
			}
		}
		for (var path : UNKNOWN_PATHS) {
			for (var method : List.of("GET", "POST")) {
				checkRefused(ApiCall
					.of(new ApiOperation(method, path, method + " " + path, Access.NOBODY, List.of(), null, Map.of())));
			}
		}

		assertThat(failures.isEmpty()).as(() -> failures.report(client.sent())).isTrue();
	}

	private void checkDocumented(ApiCall call) {
		var answer = send(call, Caller.ANONYMOUS);
		if (answer != null) {
			record(call, Caller.ANONYMOUS, answer, rules.check(call, Caller.ANONYMOUS, answer));
		}
	}

	private void checkOptions(ApiCall call, List<String> documentedMethods) {
		var answer = send(call, Caller.ANONYMOUS);
		if (answer != null) {
			record(call, Caller.ANONYMOUS, answer, rules.checkOptions(answer, documentedMethods));
		}
	}

	private void checkRefused(ApiCall call) {
		var answer = send(call, Caller.ANONYMOUS);
		if (answer != null) {
			record(call, Caller.ANONYMOUS, answer, rules.checkRefused(call, answer));
		}
	}

	private void record(ApiCall call, Caller caller, Answer answer, List<Violation> violations) {
		violations.forEach(violation -> failures.add(call, caller, answer, violation));
	}

	private @Nullable Answer send(ApiCall call, Caller caller) {
		try {
			return client.send(call);
		}
		catch (UncheckedIOException ex) {
			failures.add(call, caller, null, new Violation(Kind.NO_ANSWER, ex.getMessage()));
			return null;
		}
	}

	/**
	 * A call to an operation at a place that may not exist: a random ID, an unknown SKU.
	 */
	private static ApiCall somewhere(ApiOperation operation) {
		var call = ApiCall.of(operation);
		for (var parameter : operation.parameters("path")) {
			var value = "uuid".equals(parameter.schema().getFormat()) ? "5f0c6f3e-8a58-4a43-9d0e-2f6f3c1b2a71"
					: "CONTRACT-NONE";
			call = call.withPathSegment(parameter.name(), value);
		}
		return call;
	}

	/**
	 * A method the document does not give a path, as an operation the report can name.
	 */
	private static ApiOperation outside(String method, ApiOperation documented) {
		return new ApiOperation(method, documented.path(), method + " " + documented.path(), Access.NOBODY,
				documented.parameters("path"), null, Map.of());
	}

	private static List<ApiOperation> inCallingOrder(List<ApiOperation> operations) {
		return Stream
			.concat(operations.stream().filter(operation -> !LAST.contains(operation.id())),
					operations.stream()
						.filter(operation -> LAST.contains(operation.id()))
						.sorted(Comparator.comparing(operation -> LAST.indexOf(operation.id()))))
			.toList();
	}

}
