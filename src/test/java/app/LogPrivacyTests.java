package app;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No personal data in any log line, at any level of Agora's own loggers and at Spring's
 * debug level: a customer registers, logs in, saves an address, checks out, is charged,
 * confirmed and emailed, and the log holds none of their email address, name, password,
 * street, city, tokens or card token. Run with the production profile, whose lines are
 * JSON objects.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.profiles.active=production", "logging.level.app=trace",
				"logging.level.org.springframework=debug" })
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private final Catalog catalog;

	private final JdbcClient jdbc;

	private final int port;

	LogPrivacyTests(Catalog catalog, JdbcClient jdbc, @LocalServerPort int port) {
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.port = port;
	}

	@Test
	void aWholeCheckoutLeavesNoPersonalDataInTheLog(CapturedOutput log) throws Exception {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var email = "ingrid.nachtigall." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		var password = "violet hedgehogs at dawn " + UUID.randomUUID().toString().substring(0, 6);
		var address = """
				{"recipient": "Ingrid Nachtigall", "line1": "Quellenweg 17", "line2": "Hinterhaus Zwei",
				 "postalCode": "99991", "city": "Wolkenheim", "country": "DE"}""";

		call("POST", "/api/users", null, """
				{"email": "%s", "password": "%s", "name": "Ingrid Nachtigall"}""".formatted(email, password));
		var tokens = call("POST", "/api/users/login", null, """
				{"email": "%s", "password": "%s"}""".formatted(email, password));
		String access = JsonPath.read(tokens, "$.accessToken");
		String refresh = JsonPath.read(tokens, "$.refreshToken");
		var bearer = "Bearer " + access;
		call("POST", "/api/users/me/addresses", bearer, address);
		call("POST", "/api/cart/lines", bearer, "{\"sku\": \"%s\", \"quantity\": 1}".formatted(sku));
		var order = call("POST", "/api/orders", bearer,
				"{\"shippingAddress\": %s, \"paymentToken\": \"test-card-approved\"}".formatted(address));
		String id = JsonPath.read(order, "$.id");
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> JsonPath.read(call("GET", "/api/orders/" + id, bearer, null), "$.status"),
					"CONFIRMED"::equals);
		call("POST", "/api/users/token", null, "{\"refreshToken\": \"%s\"}".formatted(refresh));
		// The confirmation email went out: the dispatcher rendered and sent it, logging
		// as it did.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> log.getAll().contains("order-confirmed:" + id) || log.getAll().contains("Sent"));
		Thread.sleep(1000);

		var personal = List.of(email, password, "Ingrid", "Nachtigall", "Quellenweg", "Hinterhaus", "Wolkenheim",
				access, refresh, "test-card-approved");
		var leaks = log.getAll()
			.lines()
			.filter(line -> personal.stream().anyMatch(it -> line.toLowerCase().contains(it.toLowerCase())))
			.map(line -> line.length() > 300 ? line.substring(0, 300) + "…" : line)
			.distinct()
			.toList();
		assertThat(leaks).as("log lines with personal data").isEmpty();
		// In production every line the shop logs is a JSON object (ECS).
		assertThat(log.getAll().lines().filter(line -> line.contains("\"logger\":\"app."))).hasSizeGreaterThan(10)
			.allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
		// Another test's application, closed as Spring's context cache makes room, may
		// write its own plain lines meanwhile: only the shop's code is looked at.
		assertThat(
				log.getAll().lines().filter(line -> line.matches("^\\d{4}-\\d{2}-\\d{2}T.*") && line.contains(" app.")))
			.isEmpty();
		// A line written for the checkout names its trace and span (ADR 0034).
		assertThat(log.getAll().lines().filter(line -> line.contains("Order " + id + " placed")))
			.singleElement(as(InstanceOfAssertFactories.STRING))
			.containsPattern("\"traceId\":\"[0-9a-f]{32}\"")
			.containsPattern("\"spanId\":\"[0-9a-f]{16}\"");
	}

	private String call(String method, String path, String bearer, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString());
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isLessThan(300);
		return response.body();
	}

}
