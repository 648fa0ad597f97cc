package app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Fifty customers log in at the same moment, over real connections: each gets its answer,
 * none a 503 after waiting for a database connection. Log-ins once loaded the account on
 * one connection and its addresses on a second, so ten of them at once held the default
 * pool of ten and waited for an eleventh; that happened in about one burst of twenty in
 * three. With a pool of two, two log-ins between their two steps suffice, which some
 * burst here meets on every run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// Fifty password hashes fill both cores: a log-in may wait longer than a
		// request's
		// usual 2 s for one of the two connections without anything being wrong.
		properties = { "spring.datasource.hikari.maximum-pool-size=2",
				"spring.datasource.hikari.connection-timeout=10000", "agora.users.password-hash-strength=10" })
class LogInBurstTests {

	private static final int CUSTOMERS = 50;

	private static final int BURSTS = 5;

	private final RestClient shop;

	LogInBurstTests(@LocalServerPort int port) {
		this.shop = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	@Test
	void fiftyConcurrentLogInsAreAllAnswered() throws Exception {
		var emails = new ArrayList<String>();
		for (int i = 0; i < CUSTOMERS; i++) {
			var email = "burst-" + UUID.randomUUID() + "@example.com";
			assertThat(post("/api/users", """
					{"email": "%s", "password": "%s", "name": "Burst Customer"}""".formatted(email,
					Customers.PASSWORD)))
				.isEqualTo(202);
			emails.add(email);
		}

		for (int burst = 0; burst < BURSTS; burst++) {
			assertThat(logInAtOnce(emails)).as("burst %d", burst + 1)
				.containsOnly(200, 401)
				.filteredOn(status -> status == 200)
				.hasSize(CUSTOMERS / 2);
		}
	}

	/** Every other customer mistypes the password: refusing costs the same work. */
	private List<Integer> logInAtOnce(List<String> emails) throws Exception {
		var start = new CountDownLatch(1);
		var threads = Executors.newFixedThreadPool(CUSTOMERS);
		try {
			var answers = new ArrayList<Future<Integer>>();
			for (int i = 0; i < CUSTOMERS; i++) {
				var password = i % 2 == 0 ? Customers.PASSWORD : "not the right passphrase";
				var email = emails.get(i);
				answers.add(threads.submit(() -> {
					start.await();
					return post("/api/users/login", """
							{"email": "%s", "password": "%s"}""".formatted(email, password));
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (var answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private int post(String path, String json) {
		return shop.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

}
