package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.NewCategory;
import app.database.SharedTestDatabase;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Two instances of the shop on one database, as behind a load balancer (ADR 0031). Both
 * look for failed publications every 100 ms, and each failed publication is carried out
 * again exactly once between them: the registry lets one instance, not both, take it,
 * without a leader. A price changed through one is on the other's product page at once,
 * and in its searches within {@code agora.catalog.search.rankings-kept-for}.
 */
class SeveralInstancesTests {

	static final int PROBES = 100;

	/** Successful deliveries per probe, across both instances. */
	static final Map<Integer, AtomicInteger> delivered = new ConcurrentHashMap<>();

	static final Set<Integer> failedOnce = ConcurrentHashMap.newKeySet();

	record Probe(int number) {
	}

	/**
	 * How long a search's ranking is kept here: the bound on a stale order of results.
	 */
	static final Duration RANKINGS_KEPT_FOR = Duration.ofSeconds(2);

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		var database = SharedTestDatabase.newDatabase();
		first = ShopProcesses.start(instance(database), Listening.class);
		second = ShopProcesses.start(instance(database), Listening.class);
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aPriceChangedThroughOneInstanceIsOnTheOtherAtOnceAndInItsSearchesWithinTheBound() {
		var unique = "Zebu" + UUID.randomUUID().toString().substring(0, 8);
		var catalog = first.getBean(Catalog.class);
		var category = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Herd"), null));
		var cheap = catalog.addProduct(CatalogFixtures.product(unique + " Bell", "10.00", category));
		var dear = catalog.addProduct(CatalogFixtures.product(unique + " Collar", "20.00", category));
		var other = RestClient.create("http://localhost:" + ShopProcesses.port(second));
		var search = "/api/catalog/products?q=" + unique + "&sort=price,asc";
		assertThat(ids(other.get().uri(search).retrieve().body(String.class))).containsExactly(cheap.toString(),
				dear.toString());

		var admin = ShopProcesses.logIn(RestClient.create("http://localhost:" + ShopProcesses.port(first)),
				"admin@agora.test", "test-only-secret-9f2c");
		RestClient.create("http://localhost:" + ShopProcesses.port(first))
			.put()
			.uri("/api/catalog/products/" + cheap + "/price")
			.header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"amount\": 30.00, \"currency\": \"EUR\"}")
			.retrieve()
			.toBodilessEntity();
		var changed = Instant.now();

		var page = other.get().uri("/api/catalog/products/" + cheap).retrieve().body(String.class);
		assertThat(JsonPath.<Double>read(page, "$.price.amount")).isEqualTo(30.0);
		Awaitility.await()
			.atMost(RANKINGS_KEPT_FOR.plusSeconds(2))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> ids(other.get().uri(search).retrieve().body(String.class)),
					it -> it.equals(List.of(dear.toString(), cheap.toString())));
		assertThat(Duration.between(changed, Instant.now())).isLessThan(RANKINGS_KEPT_FOR.plusSeconds(2));
	}

	@Test
	void twoInstancesCarryOutEachFailedPublicationOnceBetweenThem() {
		{
			new TransactionTemplate(first.getBean(org.springframework.transaction.PlatformTransactionManager.class))
				.executeWithoutResult(status -> {
					for (int number = 0; number < PROBES; number++) {
						first.publishEvent(new Probe(number));
					}
				});
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.until(() -> delivered.size() == PROBES && incomplete(first) == 0);
			// A few more rounds of both instances looking for failed publications.
			Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

			assertThat(failedOnce).hasSize(PROBES);
			assertThat(delivered.values()).as("deliveries after the failure, per probe")
				.allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
		}
	}

	private static List<String> ids(String page) {
		return JsonPath.read(page, "$.content[*].id");
	}

	private static Map<String, String> instance(Map<String, String> database) {
		var settings = new java.util.HashMap<>(database);
		settings.put("agora.database.event-publications.resubmission-interval", "100ms");
		settings.put("agora.database.event-publications.first-retry-delay", "500ms");
		settings.put("agora.catalog.search.rankings-kept-for", RANKINGS_KEPT_FOR.toMillis() + "ms");
		return settings;
	}

	private static int incomplete(ConfigurableApplicationContext shop) {
		return shop.getBean(JdbcClient.class)
			.sql("SELECT count(*) FROM event_publication.event_publication WHERE completion_date IS NULL")
			.query(Integer.class)
			.single();
	}

	@Configuration(proxyBeanMethods = false)
	static class Listening {

		@Bean
		ProbeListener probeListener() {
			return new ProbeListener();
		}

	}

	/** Fails each probe's first delivery, then counts the others. */
	static class ProbeListener {

		@ApplicationModuleListener
		void on(Probe probe) {
			if (failedOnce.add(probe.number())) {
				throw new IllegalStateException("The first delivery of probe " + probe.number() + " fails");
			}
			delivered.computeIfAbsent(probe.number(), key -> new AtomicInteger()).incrementAndGet();
		}

	}

}
