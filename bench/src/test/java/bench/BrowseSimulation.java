package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.Simulation;

/**
 * Anonymous browsing: a page of the product list (by name, or by price), then two of the products on it in detail.
 * Pages are drawn from the first 50, as shoppers rarely page further.
 */
public class BrowseSimulation extends Simulation {

	private static final int PAGE_SIZE = 20;

	private static final int PAGES = Math.max(1, Math.min(50, Bench.PRODUCTS / PAGE_SIZE));

	private static final List<String> SORTS = List.of("name,asc", "price,asc", "price,desc");

	{
		var browse = scenario("browse").during(Bench.DURATION)
			.on(exec(session -> session.set("page", ThreadLocalRandom.current().nextInt(PAGES))
				.set("sort", SORTS.get(ThreadLocalRandom.current().nextInt(SORTS.size()))))
				.exec(http("product list page").get("/api/catalog/products")
					.queryParam("page", "#{page}")
					.queryParam("size", PAGE_SIZE)
					.queryParam("sort", "#{sort}")
					.check(status().is(200), jsonPath("$.content[*].id").findAll().saveAs("ids")))
				.repeat(2)
				.on(exec(session -> {
					List<String> ids = session.getList("ids");
					return session.set("id", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
				}).exec(http("product detail").get("/api/catalog/products/#{id}").check(status().is(200)))));

		setUp(browse.injectClosed(constantConcurrentUsers(Bench.CONCURRENCY).during(Bench.DURATION)))
			.protocols(Bench.protocol())
			.maxDuration(Bench.maxDuration());
	}

}
