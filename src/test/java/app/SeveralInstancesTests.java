package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.NewCategory;
import app.database.SharedTestDatabase;
import app.database.Publications;
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
 * without a leader. Every change to the catalog through one, a product added, its price,
 * name, category, taken off sale and back, its stock running out and back, a category
 * moved, shows in the other's searches within a second (ADR 0037). A browser signed in
 * through one is signed in on the other: its session is in the database (ADR 0038).
 */
class SeveralInstancesTests {

	static final int PROBES = 100;

	/** Successful deliveries per probe, across both instances. */
	static final Map<Integer, AtomicInteger> delivered = new ConcurrentHashMap<>();

	static final Set<Integer> failedOnce = ConcurrentHashMap.newKeySet();

	record Probe(int number) {
	}

	/**
	 * How long a search's ranking is kept at most: far longer than a change may take to
	 * show in the other instance's searches.
	 */
	static final Duration RANKINGS_KEPT_FOR = Duration.ofMinutes(10);

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
	void aBrowserSignedInThroughOneInstanceIsSignedInOnTheOther() throws Exception {
		var firstShop = "http://localhost:" + ShopProcesses.port(first);
		var email = ShopProcesses.register(RestClient.create(firstShop), "browser");
		// A browser: it keeps the cookies it is given, by host, whichever instance gave
		// them.
		var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var logInPage = browser.send(HttpRequest.newBuilder(URI.create(firstShop + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(logInPage.body());
		assertThat(csrf.find()).as("the log-in form's CSRF token").isTrue();
		var form = "email=%s&password=%s&_csrf=%s".formatted(URLEncoder.encode(email, StandardCharsets.UTF_8),
				URLEncoder.encode(ShopProcesses.PASSWORD, StandardCharsets.UTF_8), csrf.group(1));
		var signedIn = browser.send(HttpRequest.newBuilder(URI.create(firstShop + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

		var cart = browser.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + ShopProcesses.port(second) + "/cart")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(cart.statusCode()).isEqualTo(200);
		assertThat(cart.body()).contains("Your cart");
	}

	@Test
	void everyChangeToTheCatalogThroughOneInstanceShowsInTheOthersSearchesWithinASecond() {
		var unique = "Zebu" + UUID.randomUUID().toString().substring(0, 8);
		var catalog = first.getBean(Catalog.class);
		var herd = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Herd"), null));
		var pasture = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Pasture"), null));
		var newBell = CatalogFixtures.product(unique + " Bell", "10.00", herd);
		var bell = catalog.addProduct(newBell).toString();
		var collar = catalog.addProduct(CatalogFixtures.product(unique + " Collar", "20.00", herd)).toString();
		var other = RestClient.create("http://localhost:" + ShopProcesses.port(second));
		var byPrice = "/api/catalog/products?q=" + unique + "&sort=price,asc";
		var inHerd = "/api/catalog/products?q=" + unique + "&category=" + herd + "&sort=price,asc";
		// The other instance ranks these searches now, and would keep the rankings for
		// minutes. The products added through the first instance reach it within a second
		// too: asked at once, it may not have caught up yet.
		showsWithinASecond(other, byPrice, List.of(bell, collar));
		showsWithinASecond(other, inHerd, List.of(bell, collar));

		var halter = catalog.addProduct(CatalogFixtures.product(unique + " Halter", "15.00", herd)).toString();
		showsWithinASecond(other, byPrice, List.of(bell, halter, collar));

		change("PUT", "/api/catalog/products/" + bell + "/price", "{\"amount\": 30.00, \"currency\": \"EUR\"}");
		showsWithinASecond(other, byPrice, List.of(halter, collar, bell));
		// What a search shows of each product is the index's too (ADR 0043).
		showsWithinASecond(other, byPrice, "$.content[*].price.amount", List.of(15.0, 20.0, 30.0));

		change("PUT", "/api/catalog/products/" + halter, """
				{"name": "Gnu Halter", "categoryId": "%s"}""".formatted(herd));
		showsWithinASecond(other, byPrice, List.of(collar, bell));

		change("PUT", "/api/catalog/products/" + collar, """
				{"name": "%s Collar", "categoryId": "%s"}""".formatted(unique, pasture));
		showsWithinASecond(other, inHerd, List.of(bell));

		change("POST", "/api/catalog/products/" + bell + "/deactivate", null);
		showsWithinASecond(other, byPrice, List.of(collar));

		change("POST", "/api/catalog/products/" + bell + "/activate", null);
		showsWithinASecond(other, byPrice, List.of(collar, bell));

		// Stock changes with checkouts, outside the products' table: search follows it
		// running out and coming back.
		var inStock = byPrice + "&inStock=true";
		assertThat(ids(other.get().uri(inStock).retrieve().body(String.class))).isEmpty();
		change("PUT", "/api/catalog/inventory/" + newBell.sku(), "{\"onHand\": 3}");
		showsWithinASecond(other, inStock, List.of(bell));
		showsWithinASecond(other, byPrice, "$.content[*].inStock", List.of(false, true));
		change("PUT", "/api/catalog/inventory/" + newBell.sku(), "{\"onHand\": 0}");
		showsWithinASecond(other, inStock, List.of());

		// A category moved below another: a search within the new parent finds its
		// products.
		change("PUT", "/api/catalog/categories/" + pasture, """
				{"name": "%s", "parentId": "%s"}""".formatted(CatalogFixtures.uniqueName("Pasture"), herd));
		showsWithinASecond(other, inHerd, List.of(collar, bell));
	}

	/** Changes the catalog through the first instance, as its administrator. */
	private static void change(String method, String path, String body) {
		var shop = RestClient.create("http://localhost:" + ShopProcesses.port(first));
		var admin = ShopProcesses.logIn(shop, "admin@agora.test", "test-only-secret-9f2c");
		var request = shop.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.header("Authorization", admin);
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		request.retrieve().toBodilessEntity();
	}

	private static void showsWithinASecond(RestClient shop, String search, List<String> ids) {
		showsWithinASecond(shop, search, "$.content[*].id", ids);
	}

	/**
	 * What {@code path} reads from the search's answer is {@code expected} within a
	 * second.
	 */
	private static void showsWithinASecond(RestClient shop, String search, String path, List<?> expected) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> JsonPath.<List<?>>read(shop.get().uri(search).retrieve().body(String.class), path),
					expected::equals);
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
		return Publications.incomplete(shop.getBean(JdbcClient.class));
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
