package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.database.EmbeddedDatabase;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shop's PostgreSQL stops while the shop runs, and starts again. Meanwhile every
 * request, log-ins and registrations included (whose rate limit asks the database before
 * Spring MVC is reached), is answered within seconds with a 503 problem and
 * {@code Retry-After}, never with a 500 or after the pool's 30 s; readiness says DOWN at
 * once; a checkout is told to come back with the same key. Once the database is back, the
 * same checkout places its order, once, and the work the outage stranded (a listener that
 * could not record its end) is resumed at once, not after the staleness durations of
 * minutes. Each request here gives up after 10 s: a request the shop held for the pool's
 * timeout fails the test.
 */
class DatabaseOutageTests {

	private static final Duration CLIENT_GIVES_UP = Duration.ofSeconds(10);

	private static final Map<String, String> FAST = Map.of("fsync", "off", "synchronous_commit", "off");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(CLIENT_GIVES_UP).build();

	@Test
	void answersEveryRequestWithA503ProblemWhileTheDatabaseIsDownAndServesAgainOnceItIsBack() throws Exception {
		var directory = Files.createTempDirectory("agora-outage");
		var database = EmbeddedDatabase.start(directory.resolve("postgres"), 0, FAST, true);
		int port = database.port();
		var shop = start(database.createDatabaseIfMissing("agora"), directory);
		try {
			var base = "http://localhost:" + ShopProcesses.port(shop);
			var sku = CatalogFixtures.stockedProduct(shop.getBean(Catalog.class), 5);
			var email = "outage-" + UUID.randomUUID() + "@example.com";
			assertThat(send(post(base + "/api/users", """
					{"email": "%s", "password": "a long and unusual passphrase", "name": "Jane Doe"}"""
				.formatted(email))).statusCode()).isEqualTo(202);
			var bearer = "Bearer " + JsonPath.read(send(post(base + "/api/users/login", """
					{"email": "%s", "password": "a long and unusual passphrase"}""".formatted(email))).body(),
					"$.accessToken");
			assertThat(send(post(base + "/api/cart/lines", "{\"sku\": \"%s\", \"quantity\": 1}".formatted(sku), bearer))
				.statusCode()).isEqualTo(200);
			var checkoutKey = UUID.randomUUID().toString();
			var checkout = HttpRequest.newBuilder(URI.create(base + "/api/orders"))
				.timeout(CLIENT_GIVES_UP)
				.header("Content-Type", "application/json")
				.header("Authorization", bearer)
				.header("Idempotency-Key", checkoutKey)
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"shippingAddress": {"recipient": "Jane Doe", "line1": "Main Street 1", "postalCode": "10115",
						 "city": "Berlin", "country": "DE"}, "paymentToken": "test-card-approved"}"""))
				.build();
			var stranded = UUID.randomUUID();
			strandRegistration(shop.getBean(JdbcClient.class), stranded);

			database.close();

			for (var request : new HttpRequest[] { get(base + "/api/catalog/products?size=5"),
					post(base + "/api/users/login", """
							{"email": "%s", "password": "a long and unusual passphrase"}""".formatted(email)),
					post(base + "/api/users", """
							{"email": "new-%s", "password": "a long and unusual passphrase", "name": "New"}"""
						.formatted(email)),
					get(base + "/api/users/me", bearer), checkout }) {
				var answer = send(request);
				assertThat(answer.statusCode()).as(request.toString()).isEqualTo(503);
				assertThat(answer.headers().firstValue("Content-Type")).as(request.toString())
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(answer.headers().firstValue("Retry-After")).as(request.toString()).isPresent();
				assertThat(JsonPath.<String>read(answer.body(), "$.type")).as(request.toString())
					.isIn("urn:agora:problem:database-unavailable", "urn:agora:problem:busy");
			}
			assertThat(JsonPath.<String>read(send(checkout).body(), "$.detail")).contains("same Idempotency-Key");
			var readiness = send(get(base + "/actuator/health/readiness"));
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(JsonPath.<String>read(readiness.body(), "$.status")).isEqualTo("DOWN");
			assertThat(send(get(base + "/actuator/health/liveness")).statusCode()).isEqualTo(200);

			database = EmbeddedDatabase.start(directory.resolve("postgres"), port, FAST, true);

			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> send(get(base + "/actuator/health/readiness")).statusCode() == 200);
			var placed = send(checkout);
			assertThat(placed.statusCode()).isIn(200, 201);
			assertThat(send(checkout).body()).contains(JsonPath.<String>read(placed.body(), "$.id"));
			assertThat(JsonPath.<Integer>read(send(get(base + "/api/orders", bearer)).body(), "$.page.totalElements"))
				.isEqualTo(1);
			// The stranded registration reaches notifications.
			var jdbc = shop.getBean(JdbcClient.class);
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql("SELECT count(*) FROM notifications.contacts WHERE user_id = ?")
					.param(stranded)
					.query(Integer.class)
					.single() == 1);
		}
		finally {
			shop.close();
			database.close();
		}
	}

	/**
	 * A registration whose listener was under way when the database went away: its
	 * publication "processing", as the shop's own session marked it.
	 */
	private static void strandRegistration(JdbcClient jdbc, UUID user) {
		jdbc.sql("""
				INSERT INTO event_publication.event_publication
				  (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
				VALUES (?, 'app.notifications.notification.AccountListener.on(app.users.UserRegistered)',
				        'app.users.UserRegistered', ?, now(), 'PROCESSING', 1)""")
			.params(UUID.randomUUID(),
					"""
							{"userId": "%s", "name": "Stranded Customer", "email": "stranded-%s@example.com"}"""
						.formatted(user, user))
			.update();
	}

	private static ConfigurableApplicationContext start(String url, Path directory) {
		return ShopProcesses.start(Map.of("spring.datasource.url", url, "spring.datasource.username", "agora",
				"agora.gateway.tokens.key-file", directory.resolve("token-signing-key.pem").toString()));
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest get(String uri, String... bearer) {
		var request = HttpRequest.newBuilder(URI.create(uri)).timeout(CLIENT_GIVES_UP).GET();
		if (bearer.length > 0) {
			request.header("Authorization", bearer[0]);
		}
		return request.build();
	}

	private static HttpRequest post(String uri, String json, String... bearer) {
		var request = HttpRequest.newBuilder(URI.create(uri))
			.timeout(CLIENT_GIVES_UP)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (bearer.length > 0) {
			request.header("Authorization", bearer[0]);
		}
		return request.build();
	}

}
