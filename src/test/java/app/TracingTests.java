package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.payments.CardProcessor;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.jayway.jsonpath.JsonPath;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * One trace follows a checkout: the request that places the order, every saga step the
 * asynchronous listeners take in turn, and the call to the card processor, which receives
 * the trace in its {@code traceparent} header; the log lines written on the way carry the
 * trace id. The spans are kept in memory here instead of leaving over OTLP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "agora.payments.gateway=http", "agora.payments.http.api-key=test-only-key",
				"management.tracing.sampling.probability=1.0",
				"management.opentelemetry.tracing.export.schedule-delay=50ms" })
@ExtendWith(OutputCaptureExtension.class)
class TracingTests {

	/** The trace a client started, as a load balancer or a browser's tracing would. */
	private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	static final CardProcessor books = new CardProcessor(Duration.ofSeconds(1));

	@RegisterExtension
	static WireMockExtension processor = books.server();

	@DynamicPropertySource
	static void processorAddress(DynamicPropertyRegistry properties) {
		properties.add("agora.payments.http.base-url", processor::baseUrl);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Spans {

		@Bean
		InMemorySpanExporter spans() {
			return InMemorySpanExporter.create();
		}

	}

	private final RestClient shop;

	private final Catalog catalog;

	private final InMemorySpanExporter spans;

	TracingTests(@LocalServerPort int port, Catalog catalog, InMemorySpanExporter spans) {
		this.shop = RestClient.create("http://localhost:" + port);
		this.catalog = catalog;
		this.spans = spans;
	}

	@Test
	void followsACheckoutFromItsRequestThroughEverySagaStepToTheCardProcessor(CapturedOutput log) {
		CardProcessor.serve(processor);
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var email = ShopProcesses.register(shop, "traced");
		var customer = ShopProcesses.logIn(shop, email, ShopProcesses.PASSWORD);
		shop.post()
			.uri("/api/cart/lines")
			.header("Authorization", customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"sku\": \"%s\", \"quantity\": 1}".formatted(sku))
			.retrieve()
			.toBodilessEntity();

		var order = JsonPath.<String>read(shop.post()
			.uri("/api/orders")
			.header("Authorization", customer)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"shippingAddress": {"recipient": "Jane Doe", "line1": "1 Main Street", "postalCode": "12345",
					 "city": "Springfield", "country": "DE"}, "paymentToken": "tok_visa"}""")
			.retrieve()
			.body(String.class), "$.id");

		var steps = List.of("InventoryListener on ReserveStock", "CheckoutSaga on StockReserved",
				"PaymentListener on ChargePayment", "CheckoutSaga on PaymentCompleted",
				"InventoryListener on CommitStock", "OrderListener on OrderConfirmed");
		var trace = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(this::traced, it -> it.stream().map(SpanData::getName).toList().containsAll(steps));

		var request = trace.stream()
			.filter(it -> it.getKind() == SpanKind.SERVER && it.getName().contains("/api/orders"))
			.findFirst();
		assertThat(request).as("the checkout request's span").isPresent();
		assertThat(trace).as("a step whose parent is in another trace, or unknown")
			.allSatisfy(it -> assertThat(it.getParentSpanId()).isIn(parents(trace)));
		assertThat(trace).filteredOn(it -> it.getKind() == SpanKind.CLIENT)
			.extracting(it -> it.getAttributes().toString())
			.anySatisfy(it -> assertThat(it).contains("/v1/charges"));

		var charges = processor.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.filter(it -> it.getUrl().startsWith("/v1/charges"))
			.toList();
		assertThat(charges).isNotEmpty()
			.allSatisfy(it -> assertThat(it.getHeader("traceparent")).startsWith("00-" + TRACE + "-"));

		assertThat(log.getAll().lines().filter(it -> it.contains("Order " + order)))
			.as("the order's log lines, each with the trace id")
			.isNotEmpty()
			.allSatisfy(it -> assertThat(it).contains(TRACE));
	}

	private List<SpanData> traced() {
		return spans.getFinishedSpanItems().stream().filter(it -> it.getTraceId().equals(TRACE)).toList();
	}

	/**
	 * The span ids a span of the trace may have as its parent: the caller's, and its own.
	 */
	private static List<String> parents(List<SpanData> trace) {
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of("00f067aa0ba902b7"), trace.stream().map(SpanData::getSpanId))
			.toList();
	}

}
