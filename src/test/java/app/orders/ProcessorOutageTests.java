package app.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.payments.CardProcessor;
import app.payments.CardProcessor.Mode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The card processor goes down: the first order's attempts fail and open the gateway's
 * circuit breaker, and the next order's charge is kept back by the open circuit, without
 * a request. Once the processor is back, the order kept back is charged and confirmed (a
 * call kept back is no attempt), and the first one is cancelled only after the processor
 * says it charged nothing.
 */
@SpringBootTest(properties = { "agora.payments.gateway=http", "agora.payments.http.api-key=test-only-key",
		"agora.payments.http.timeout=300ms", "agora.payments.http.retry.max-attempts=2",
		"agora.payments.http.retry.backoff=10ms", "agora.payments.http.circuit-breaker.sliding-window-size=4",
		"agora.payments.http.circuit-breaker.minimum-number-of-calls=4",
		"agora.payments.http.circuit-breaker.wait-in-open-state=8s",
		"agora.payments.http.circuit-breaker.permitted-calls-in-half-open-state=2",
		"agora.payments.max-charge-attempts=2" })
@AutoConfigureMockMvc
class ProcessorOutageTests {

	static final CardProcessor books = new CardProcessor(Duration.ofSeconds(1));

	@RegisterExtension
	static WireMockExtension processor = books.server();

	@DynamicPropertySource
	static void processorAddress(DynamicPropertyRegistry properties) {
		properties.add("agora.payments.http.base-url", processor::baseUrl);
	}

	private final Shop shop;

	private final Catalog catalog;

	private final MeterRegistry meters;

	ProcessorOutageTests(MockMvcTester mvc, Catalog catalog, MeterRegistry meters) {
		this.shop = new Shop(mvc);
		this.catalog = catalog;
		this.meters = meters;
	}

	@Test
	void chargesAnOrderItsOpenCircuitKeptBackOnceTheProcessorIsBack() throws Exception {
		CardProcessor.serve(processor);
		books.charges(Mode.DOWN);
		books.lookups(Mode.DOWN);
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var first = shop.order(customer, sku, 1, "tok_visa");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(this::circuitOpen);
		var keptBack = shop.order(customer, sku, 2, "tok_visa");
		Thread.sleep(1_000);
		assertThat(processor.findAll(postRequestedFor(urlEqualTo("/v1/charges")).withRequestBody(containing(keptBack))))
			.as("charges of the order kept back while the circuit was open")
			.isEmpty();
		assertThat(JsonPath.<String>read(Shop.body(shop.get(customer, "/api/orders/" + keptBack)), "$.status"))
			.isEqualTo("AWAITING_PAYMENT");

		books.charges(Mode.UP);
		books.lookups(Mode.UP);

		var confirmed = shop.settled(customer, keptBack);
		assertThat(JsonPath.<String>read(confirmed, "$.status")).isEqualTo("CONFIRMED");
		assertThat(books.charged(UUID.fromString(keptBack))).isEqualTo(1);
		var cancelled = shop.settled(customer, first);
		assertThat(JsonPath.<String>read(cancelled, "$.cancellation")).isEqualTo("PAYMENT_DECLINED");
		assertThat(books.charged(UUID.fromString(first))).isZero();
		shop.awaitStock(shop.admin(), sku, 8, 0);
	}

	private boolean circuitOpen() {
		var state = meters.find("resilience4j.circuitbreaker.state").tag("state", "open").gauge();
		return state != null && state.value() == 1;
	}

}
