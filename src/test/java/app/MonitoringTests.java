package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.orders.Shop;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What operators watch: the business figures move with the orders, and every metric the
 * committed alert rules (ops/prometheus/alerts.yaml) and dashboard
 * (ops/grafana/agora-dashboard.json) use is one the shop exposes, so neither can watch a
 * name that does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringTests {

	/** Metrics that exist only where what they measure runs. */
	static final Map<String, String> ONLY_SOMETIMES = Map.of("resilience4j_circuitbreaker_state",
			"the HTTP card processor (agora.payments.gateway=http)", "resilience4j_circuitbreaker_calls_seconds_count",
			"the HTTP card processor", "resilience4j_circuitbreaker_calls_seconds_sum", "the HTTP card processor",
			"agora_messages_dead_lettered_total", "a module running elsewhere, over Kafka (ADR 0030)");

	private final MockMvcTester mvc;

	private final Catalog catalog;

	private final MeterRegistry meters;

	MonitoringTests(MockMvcTester mvc, Catalog catalog, MeterRegistry meters) {
		this.mvc = mvc;
		this.catalog = catalog;
		this.meters = meters;
	}

	@Test
	void theBusinessFiguresMoveWithTheOrders() {
		var shop = new Shop(mvc);
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		double placed = count("agora.orders.placed");
		double confirmed = count("agora.orders.confirmed");
		double declined = meters.get("agora.orders.cancelled").tag("reason", "PAYMENT_DECLINED").counter().count();
		long timed = meters.get("agora.orders.checkout.to.confirmation").timer().count();

		var paid = shop.order(customer, sku, 1, Shop.APPROVED);
		assertThat(JsonPath.<String>read(shop.settled(customer, paid), "$.status")).isEqualTo("CONFIRMED");
		var refused = shop.order(customer, sku, 1, Shop.DECLINED);
		assertThat(JsonPath.<String>read(shop.settled(customer, refused), "$.status")).isEqualTo("CANCELLED");

		assertThat(count("agora.orders.placed")).isEqualTo(placed + 2);
		assertThat(count("agora.orders.confirmed")).isEqualTo(confirmed + 1);
		assertThat(meters.get("agora.orders.cancelled").tag("reason", "PAYMENT_DECLINED").counter().count())
			.isEqualTo(declined + 1);
		assertThat(meters.get("agora.orders.checkout.to.confirmation").timer().count()).isEqualTo(timed + 1);
	}

	@Test
	void everyMetricTheAlertsAndTheDashboardUseIsExposed() throws IOException {
		// One request, so that the server's request metrics exist.
		assertThat(mvc.get().uri("/api/catalog/categories")).hasStatusOk();
		var scrape = ((PrometheusMeterRegistry) meters).scrape();
		// For promtool check metrics, which CI runs on it (ops/README.md).
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "prometheus-scrape.txt"), scrape);
		var exposed = new TreeSet<String>();
		scrape.lines()
			.filter(line -> !line.startsWith("#") && !line.isBlank())
			.map(line -> line.split("[{ ]", 2)[0])
			.forEach(exposed::add);

		var used = new TreeSet<String>();
		var name = Pattern.compile("\\b(agora_[a-z_]+|resilience4j_[a-z_]+|http_server_[a-z_]+)\\b");
		for (var file : new Path[] { Path.of("ops/prometheus/alerts.yaml"),
				Path.of("ops/grafana/agora-dashboard.json") }) {
			var matcher = name.matcher(Files.readString(file));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		assertThat(used).contains("agora_orders_placed_total", "agora_event_publications_oldest_age_seconds");
		assertThat(used).filteredOn(it -> !ONLY_SOMETIMES.containsKey(it))
			.as("metrics the alerts or the dashboard use that the shop does not expose")
			.allSatisfy(it -> assertThat(exposed).contains(it));
	}

	private double count(String counter) {
		return meters.get(counter).counter().count();
	}

}
