package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Simulation;

/**
 * A search box suggesting while shoppers type: the beginnings of SearchSimulation's words, two letters or more
 * ("ja", "jac", … "jacket", "running s"), as each key press asks for them (issue 19).
 */
public class SuggestSimulation extends Simulation {

	{
		var typed = Stream.generate(() -> {
			var random = ThreadLocalRandom.current();
			var phrase = SearchSimulation.WORDS.get(random.nextInt(SearchSimulation.WORDS.size()));
			return Map.<String, Object>of("q", phrase.substring(0, 2 + random.nextInt(phrase.length() - 1)));
		}).iterator();

		var suggest = scenario("suggest").during(Bench.DURATION)
			.on(feed(typed).exec(http("suggest").get("/api/catalog/suggestions")
				.queryParam("q", "#{q}")
				.check(status().is(200))));

		setUp(suggest.injectClosed(constantConcurrentUsers(Bench.CONCURRENCY).during(Bench.DURATION)))
			.protocols(Bench.protocol())
			.maxDuration(Bench.maxDuration());
	}

}
