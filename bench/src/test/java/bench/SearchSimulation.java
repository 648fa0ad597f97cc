package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Simulation;

/**
 * Anonymous full-text search, as a shop's search box sees it: words of the seeded names (bench/seed.sql), word
 * prefixes, a SKU, and misspellings that only typo tolerance finds.
 */
public class SearchSimulation extends Simulation {

	/** Spelled right: stemmed word and prefix matches in name and description. */
	static final List<String> WORDS = List.of("running shoes", "trail", "jacket", "wool socks", "backpack",
			"waterproof", "merino", "lightweight tent", "cycling gloves", "hoodie", "rain", "kids sneakers", "yoga mat",
			"bottle", "insulated", "leather boots");

	/** Misspelt, as people type. */
	static final List<String> TYPOS = List.of("runing shoe", "jaket", "sneekers", "backpak", "waterprof",
			"merrino", "hoddie", "lether boots", "cyclng glove", "yogga mat");

	{
		var queries = Stream.generate(() -> {
			var random = ThreadLocalRandom.current();
			var pick = random.nextInt(10);
			String q;
			if (pick < 6) {
				q = WORDS.get(random.nextInt(WORDS.size()));
			}
			else if (pick < 9) {
				q = TYPOS.get(random.nextInt(TYPOS.size()));
			}
			else {
				q = Bench.randomSku();
			}
			return Map.<String, Object>of("q", q);
		}).iterator();

		var search = scenario("search").during(Bench.DURATION)
			.on(feed(queries).exec(http("search").get("/api/catalog/products")
				.queryParam("q", "#{q}")
				.queryParam("size", 20)
				.check(status().is(200))));

		setUp(search.injectClosed(constantConcurrentUsers(Bench.CONCURRENCY).during(Bench.DURATION)))
			.protocols(Bench.protocol())
			.maxDuration(Bench.maxDuration());
	}

}
