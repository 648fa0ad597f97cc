package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What every simulation shares: the settings bench/run passes as environment variables, the seeded data's naming
 * (bench/seed.sql), and the log-in of a seeded customer.
 */
final class Bench {

	/** Loopback only: bench/run starts the shop there and nowhere else. */
	static final String BASE_URL = env("BENCH_BASE_URL", "http://127.0.0.1:8080");

	/** Virtual users, each looping for the whole run on its own keep-alive connection: a closed model. */
	static final int CONCURRENCY = Integer.parseInt(env("CONCURRENCY", "32"));

	/** How long this run loops; bench/run passes the warm-up's or the measurement's duration. */
	static final Duration DURATION = duration(env("BENCH_RUN_DURATION", "30s"));

	static final int PRODUCTS = Integer.parseInt(env("PRODUCTS", "100000"));

	static final int CUSTOMERS = Integer.parseInt(env("CUSTOMERS", "3000"));

	/** Every seeded customer has this password (bench/run copies the hash of one registered through the API). */
	static final String PASSWORD = "seven plums on a kettle";

	/** A checkout that is not CONFIRMED by then counts as failed. */
	static final Duration CONFIRMATION_TIMEOUT = Duration.ofSeconds(30);

	private static final AtomicLong nextSku = new AtomicLong();

	private Bench() {
	}

	static HttpProtocolBuilder protocol() {
		return http.baseUrl(BASE_URL)
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.userAgentHeader("agora-bench");
	}

	/** The seeded SKUs are BENCH-0000001 … BENCH-<PRODUCTS>, as bench/seed.sql writes them. */
	static String sku(long number) {
		return "BENCH-%07d".formatted(number);
	}

	static String randomSku() {
		return sku(ThreadLocalRandom.current().nextLong(1, PRODUCTS + 1));
	}

	/** Each call the next SKU, round the whole catalog, so that no page cache holds just a few rows. */
	static String rotatingSku() {
		return sku(nextSku.getAndIncrement() % PRODUCTS + 1);
	}

	/**
	 * Customers one after another from a random start: the first CONCURRENCY users of a run are distinct customers
	 * (when CUSTOMERS ≥ CONCURRENCY), so no two of them share a cart.
	 */
	static Iterator<Map<String, Object>> customers() {
		var start = ThreadLocalRandom.current().nextInt(CUSTOMERS);
		var next = new AtomicLong(start);
		return Stream.generate(() -> Map.<String, Object>of("email",
				"customer-%05d@bench.example.com".formatted(next.getAndIncrement() % CUSTOMERS + 1)))
			.iterator();
	}

	/** Logs a seeded customer in once per virtual user, before its loop; reported as its own request. */
	static ChainBuilder logIn() {
		return feed(customers()).exec(http("log in").post("/api/users/login")
			.body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\"}"))
			.check(status().is(200), jsonPath("$.accessToken").saveAs("token")));
	}

	static final String BEARER = "Bearer #{token}";

	static final String SHIP_TO = """
			{"recipient":"Bench Customer","line1":"Main Street 1","postalCode":"10115","city":"Berlin","country":"DE"}""";

	/** Puts one unit of a random product in the customer's cart. */
	static ChainBuilder addToCart(String requestName) {
		return exec(session -> session.set("sku", randomSku())).exec(http(requestName).post("/api/cart/lines")
			.header("Authorization", BEARER)
			.body(StringBody("{\"sku\":\"#{sku}\",\"quantity\":1}"))
			.check(status().is(200)));
	}

	/** Checks the cart out with the sandbox's approving card and a fresh idempotency key; answers 201. */
	static ChainBuilder placeOrder(String requestName) {
		return exec(session -> session.set("idempotencyKey", java.util.UUID.randomUUID().toString()))
			.exec(http(requestName).post("/api/orders")
				.header("Authorization", BEARER)
				.header("Idempotency-Key", "#{idempotencyKey}")
				.body(StringBody("{\"shippingAddress\":" + SHIP_TO + ",\"paymentToken\":\"test-card-approved\"}"))
				.check(status().is(201), jsonPath("$.id").saveAs("orderId"), jsonPath("$.status").saveAs("status")));
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** 30s, 2m, 1h or a plain number of seconds, as bench/run's DURATION. */
	static Duration duration(String text) {
		var value = text.trim();
		var unit = value.charAt(value.length() - 1);
		if (Character.isDigit(unit)) {
			return Duration.ofSeconds(Long.parseLong(value));
		}
		var amount = Long.parseLong(value.substring(0, value.length() - 1));
		return switch (unit) {
			case 's' -> Duration.ofSeconds(amount);
			case 'm' -> Duration.ofMinutes(amount);
			case 'h' -> Duration.ofHours(amount);
			default -> throw new IllegalArgumentException("Not a duration: " + text);
		};
	}

	/** The run stops by itself even if a request hangs: the loop's last iteration may overrun, not forever. */
	static Duration maxDuration() {
		return DURATION.plus(CONFIRMATION_TIMEOUT).plusSeconds(30);
	}

}
