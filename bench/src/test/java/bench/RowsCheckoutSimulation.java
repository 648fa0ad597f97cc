package bench;

import static io.gatling.javaapi.core.CoreDsl.*;

import io.gatling.javaapi.core.Simulation;

/**
 * A plain row: an authenticated one-line checkout. One product into the cart, then the POST that places the order
 * (answering 201); the saga that confirms it runs on behind, unmeasured here (CheckoutSimulation waits for it).
 */
public class RowsCheckoutSimulation extends Simulation {

	{
		var checkout = scenario("rows: checkout").exec(Bench.logIn())
			.exitHereIfFailed()
			.during(Bench.DURATION)
			.on(exec(Bench.addToCart("add one line")).exec(Bench.placeOrder("one-line checkout")));

		setUp(checkout.injectClosed(constantConcurrentUsers(Bench.CONCURRENCY).during(Bench.DURATION)))
			.protocols(Bench.protocol())
			.maxDuration(Bench.maxDuration());
	}

}
