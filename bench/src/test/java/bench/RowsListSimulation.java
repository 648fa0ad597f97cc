package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.Simulation;

/** A plain row: the first page of 10 products sorted by name, with the total count, anonymously. */
public class RowsListSimulation extends Simulation {

	{
		var list = scenario("rows: list").during(Bench.DURATION)
			.on(exec(http("list 10 by name").get("/api/catalog/products")
				.queryParam("size", 10)
				.queryParam("sort", "name")
				.check(status().is(200), jsonPath("$.page.totalElements").ofLong().gt(0L))));

		setUp(list.injectClosed(constantConcurrentUsers(Bench.CONCURRENCY).during(Bench.DURATION)))
			.protocols(Bench.protocol())
			.maxDuration(Bench.maxDuration());
	}

}
