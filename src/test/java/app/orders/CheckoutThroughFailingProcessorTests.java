package app.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Checkout with the remote card processor down: every charge fails, the gateway's circuit
 * breaker opens, and from then on the charge's further attempts fail fast without a
 * request reaching the processor, until payments gives up. Each order still ends
 * CANCELLED with its stock back on sale.
 */
@SpringBootTest(properties = { "agora.payments.gateway=http", "agora.payments.http.api-key=test-only-key",
		"agora.payments.http.timeout=500ms", "agora.payments.http.retry.max-attempts=2",
		"agora.payments.http.retry.backoff=10ms", "agora.payments.http.circuit-breaker.sliding-window-size=4",
		"agora.payments.http.circuit-breaker.minimum-number-of-calls=4",
		"agora.payments.http.circuit-breaker.wait-in-open-state=10m", "agora.payments.max-charge-attempts=2" })
@AutoConfigureMockMvc
class CheckoutThroughFailingProcessorTests {

	@RegisterExtension
	static WireMockExtension processor = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@DynamicPropertySource
	static void processorAddress(DynamicPropertyRegistry properties) {
		properties.add("agora.payments.http.base-url", processor::baseUrl);
	}

	private final Shop shop;

	private final Catalog catalog;

	CheckoutThroughFailingProcessorTests(MockMvcTester mvc, Catalog catalog) {
		this.shop = new Shop(mvc);
		this.catalog = catalog;
	}

	@Test
	void declinesOrdersWithoutAskingTheProcessorOnceItsCircuitIsOpen() {
		processor.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(503)));
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		var admin = shop.admin();

		// Two requests per attempt (the gateway's own retry): the first order's two
		// attempts open the circuit.
		for (int i = 0; i < 2; i++) {
			var order = shop.settled(customer, shop.order(customer, sku, 1, "tok_visa"));
			assertThat(JsonPath.<String>read(order, "$.cancellation")).isEqualTo("PAYMENT_DECLINED");
		}
		int requestsSoFar = processor.findAll(postRequestedFor(urlEqualTo("/v1/charges"))).size();
		assertThat(requestsSoFar).isEqualTo(4);

		var order = shop.settled(customer, shop.order(customer, sku, 3, "tok_visa"));

		assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("CANCELLED");
		assertThat(JsonPath.<String>read(order, "$.cancellation")).isEqualTo("PAYMENT_DECLINED");
		assertThat(JsonPath.<String>read(order, "$.payment.status")).isEqualTo("DECLINED");
		assertThat(processor.findAll(postRequestedFor(urlEqualTo("/v1/charges")))).hasSize(requestsSoFar);
		shop.awaitStock(admin, sku, 10, 0);
	}

}
