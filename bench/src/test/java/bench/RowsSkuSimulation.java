package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.Simulation;

/** A plain row: one product by SKU, each request the next SKU round the whole catalog, anonymously. */
public class RowsSkuSimulation extends Simulation {

	{
		var bySku = scenario("rows: by SKU").during(Bench.DURATION)
			.on(exec(session -> session.set("sku", Bench.rotatingSku()))
				.exec(http("product by SKU").get("/api/catalog/products/by-sku/#{sku}").check(status().is(200))));

		setUp(bySku.injectClosed(constantConcurrentUsers(Bench.CONCURRENCY).during(Bench.DURATION)))
			.protocols(Bench.protocol())
			.maxDuration(Bench.maxDuration());
	}

}
