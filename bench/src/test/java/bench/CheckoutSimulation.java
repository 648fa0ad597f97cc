package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.util.Set;

import io.gatling.javaapi.core.Simulation;

/**
 * A logged-in customer buys, again and again: two products into the cart, check out with the approving sandbox card,
 * and poll the order every 250 ms until it is CONFIRMED. The group "checkout to confirmed" times the customer's whole
 * wait, from the POST to the answer that says CONFIRMED; its OK count is the number of confirmed orders.
 * <p>
 * As fast as the shop answers, unless {@code CHECKOUT_RATE} (orders per second, bench/run's {@code checkout_half})
 * paces the users: each then starts an order every CONCURRENCY / rate seconds, the first after a random part of that,
 * so that the orders arrive spread out rather than all users at once.
 */
public class CheckoutSimulation extends Simulation {

	static final String GROUP = "checkout to confirmed";

	/** Still on its way; CONFIRMED ends the polling well, anything else (CANCELLED) badly. */
	private static final Set<String> UNDER_WAY = Set.of("PENDING", "AWAITING_PAYMENT");

	/**
	 * Between two polls: slow, as a customer's page polls, so that the polls do not load what is measured (issue 21).
	 * The time to confirmation is read from each order's status history (bench/run), not from this group, which rounds
	 * it up to the next poll.
	 */
	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	{
		var rate = System.getenv("CHECKOUT_RATE");
		var pace = rate == null || rate.isBlank() ? Duration.ZERO
				: Duration.ofMillis(Math.round(Bench.CONCURRENCY * 1000 / Double.parseDouble(rate)));
		var start = pace.isZero() ? exec(Bench.logIn()) : exec(Bench.logIn()).pause(Duration.ZERO, pace);
		var checkout = scenario("checkout").exec(start)
			.exitHereIfFailed()
			.during(Bench.DURATION)
			.on(pace(pace).exec(Bench.addToCart("add to cart"))
				.exec(Bench.addToCart("add to cart"))
				.group(GROUP)
				.on(exec(Bench.placeOrder("place order"))
					.asLongAsDuring(session -> UNDER_WAY.contains(session.getString("status")),
							Bench.CONFIRMATION_TIMEOUT)
					.on(pause(POLL_INTERVAL).exec(http("poll order").get("/api/orders/#{orderId}")
						.header("Authorization", Bench.BEARER)
						.check(status().is(200), jsonPath("$.status").saveAs("status"))))
					// A cancelled order, or one still under way at the timeout, fails the group.
					.exec(session -> "CONFIRMED".equals(session.getString("status")) ? session
							: session.markAsFailed())));

		setUp(checkout.injectClosed(constantConcurrentUsers(Bench.CONCURRENCY).during(Bench.DURATION)))
			.protocols(Bench.protocol())
			.maxDuration(Bench.maxDuration());
	}

}
