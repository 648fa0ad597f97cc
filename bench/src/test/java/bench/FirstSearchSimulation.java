package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Simulation;

/**
 * The words of SearchSimulation, each asked as if for the first time: with a random price range around every seeded
 * price (bench/seed.sql prices run from 5.99 to 504.99), which finds the same products but is a query the shop has not
 * ranked yet, so no kept ranking answers it (docs/adr/0019). What a search costs before it is popular.
 * <p>
 * A floor alone was not enough: its 600 values times 26 phrases repeat within the minute a ranking is kept once the
 * shop answers a few hundred searches a second, and the repeats were answered from the kept rankings. A ceiling drawn
 * from a million values as well makes a repeat within a run improbable.
 */
public class FirstSearchSimulation extends Simulation {

	{
		var queries = Stream.generate(() -> {
			var random = ThreadLocalRandom.current();
			var words = random.nextInt(3) < 2 ? SearchSimulation.WORDS : SearchSimulation.TYPOS;
			var floor = "%d.%02d".formatted(random.nextInt(5), random.nextInt(100));
			var ceiling = "%d.%02d".formatted(505 + random.nextInt(10_000), random.nextInt(100));
			return Map.<String, Object>of("q", words.get(random.nextInt(words.size())), "floor", floor, "ceiling",
					ceiling);
		}).iterator();

		var search = scenario("search, first asked").during(Bench.DURATION)
			.on(feed(queries).exec(http("search, first asked").get("/api/catalog/products")
				.queryParam("q", "#{q}")
				.queryParam("minPrice", "#{floor}")
				.queryParam("maxPrice", "#{ceiling}")
				.queryParam("size", 20)
				.check(status().is(200))));

		setUp(search.injectClosed(constantConcurrentUsers(Bench.CONCURRENCY).during(Bench.DURATION)))
			.protocols(Bench.protocol())
			.maxDuration(Bench.maxDuration());
	}

}
