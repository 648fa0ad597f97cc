package app.payments.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import app.money.Money;
import app.payments.PaymentDeclined.Reason;
import app.payments.processor.ChargeOutcome;
import app.payments.processor.ProcessorKey;
import app.payments.processor.ProcessorUnavailable.Reach;
import app.payments.processor.ProcessorUnavailable;
import app.payments.processor.RefundRefused;
import app.payments.processor.Refunded;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP gateway against a real HTTP server playing the card processor: what is retried
 * (with the same idempotency key) and what is not, when the circuit opens, and what the
 * bulkhead refuses. Timeouts and backoffs are small, so this takes seconds.
 */
class HttpProcessorTests {

	static final String API_KEY = "test-only-processor-key";

	static final Duration TIMEOUT = Duration.ofMillis(300);

	static final Money TOTAL = Money.of("19.90", "EUR");

	@RegisterExtension
	static WireMockExtension processor = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	UUID order = UUID.randomUUID();

	UUID customer = UUID.randomUUID();

	ProcessorKey key = new ProcessorKey("order-" + order + "-charge");

	HttpProcessor gateway = gateway(new HttpProcessorSettings.Bulkhead(4, Duration.ZERO));

	@Test
	void chargesWithTheApiKeyAndTheIdempotencyKey() {
		processor.stubFor(post("/v1/charges").willReturn(charged()));

		var outcome = charge();

		assertThat(outcome).isEqualTo(new ChargeOutcome.Approved("ch_1", "4242"));
		processor.verify(1,
				postRequestedFor(urlEqualTo("/v1/charges")).withHeader("Authorization", equalTo("Bearer " + API_KEY))
					.withHeader("Idempotency-Key", equalTo(key.value()))
					.withRequestBody(equalToJson(
							"""
									{"amount": 1990, "currency": "EUR", "token": "tok_visa", "reference": "%s", "customer": "%s"}"""
								.formatted(order, customer))));
	}

	@Test
	void retriesAnAnswerTooSlowWithTheSameIdempotencyKey() {
		processor.stubFor(post("/v1/charges").inScenario("slow")
			.whenScenarioStateIs(STARTED)
			.willReturn(charged().withFixedDelay((int) TIMEOUT.toMillis() * 4))
			.willSetStateTo("fast"));
		processor.stubFor(post("/v1/charges").inScenario("slow").whenScenarioStateIs("fast").willReturn(charged()));

		assertThat(charge()).isInstanceOf(ChargeOutcome.Approved.class);

		processor.verify(2, postRequestedFor(urlEqualTo("/v1/charges")));
		processor.verify(2,
				postRequestedFor(urlEqualTo("/v1/charges")).withHeader("Idempotency-Key", equalTo(key.value())));
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 504, 408, 409, 425, 429 })
	void retriesAServerErrorOrARequestNotDealtWithYetThenSucceeds(int status) {
		failFirstThenCharge(aResponse().withStatus(status));

		assertThat(charge()).isInstanceOf(ChargeOutcome.Approved.class);

		processor.verify(2,
				postRequestedFor(urlEqualTo("/v1/charges")).withHeader("Idempotency-Key", equalTo(key.value())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"status\": \"approved\", \"last4\": \"4242\"}",
			"{\"id\": \"ch_1\", \"status\": \"approved\"}",
			"{\"id\": \"ch_1\", \"status\": \"approved\", \"last4\": \"42\"}",
			"{\"id\": \"ch_1\", \"status\": \"pending\", \"last4\": \"4242\"}",
			"{\"id\": \"ch_1\", \"last4\": \"4242\"}", "{\"id\": ", "" })
	void takesAnApprovalItCannotUseForNoAnswerAndAsksAgain(String body) {
		failFirstThenCharge(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body));

		assertThat(charge()).isEqualTo(new ChargeOutcome.Approved("ch_1", "4242"));

		processor.verify(2,
				postRequestedFor(urlEqualTo("/v1/charges")).withHeader("Idempotency-Key", equalTo(key.value())));
	}

	@Test
	void givesUpOnApprovalsItCannotUseWithTheOutcomeUnknown() {
		processor.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"ch_1\", \"status\": \"approved\"}")));

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(this::charge)
			.withMessageContaining("without an approved charge")
			.satisfies(it -> assertThat(it.outcomeUnknown()).isTrue());

		processor.verify(3, postRequestedFor(urlEqualTo("/v1/charges")));
	}

	@Test
	void retriesAResetConnectionThenSucceeds() {
		failFirstThenCharge(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		assertThat(charge()).isInstanceOf(ChargeOutcome.Approved.class);

		processor.verify(2,
				postRequestedFor(urlEqualTo("/v1/charges")).withHeader("Idempotency-Key", equalTo(key.value())));
	}

	@ParameterizedTest
	@CsvSource({ "card_declined, CARD_DECLINED", "insufficient_funds, INSUFFICIENT_FUNDS", "invalid_card, INVALID_CARD",
			"something_new, CARD_DECLINED" })
	void takesADeclineAsFinal(String code, Reason reason) {
		processor.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(402)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"%s\", \"message\": \"No.\"}".formatted(code))));

		assertThat(charge()).isEqualTo(new ChargeOutcome.Declined(reason, "No."));

		processor.verify(1, postRequestedFor(urlEqualTo("/v1/charges")));
	}

	@Test
	void takesA402WithoutABodyForADecline() {
		processor.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(402)));

		assertThat(charge()).isEqualTo(new ChargeOutcome.Declined(Reason.CARD_DECLINED, "The card was declined."));

		processor.verify(1, postRequestedFor(urlEqualTo("/v1/charges")));
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 422 })
	void sendsARefusedRequestOnceAndSaysNothingWasDone(int status) {
		processor.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(status)));

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(this::charge)
			.satisfies(it -> assertThat(it.outcomeUnknown()).isFalse());

		processor.verify(1, postRequestedFor(urlEqualTo("/v1/charges")));
	}

	@Test
	void givesUpAfterTheLastAttemptWithTheOutcomeUnknown() {
		processor.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(this::charge)
			.satisfies(it -> assertThat(it.outcomeUnknown()).isTrue());

		processor.verify(3, postRequestedFor(urlEqualTo("/v1/charges")));
	}

	@Test
	void opensTheCircuitAfterRepeatedFailuresAndThenFailsFastWithoutARequest() {
		processor.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(500)));
		// Three attempts each: the second call's failures fill the window of four.
		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(this::charge);
		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(this::charge);
		assertThat(gateway.circuitBreakerState()).isEqualTo(CircuitBreaker.State.OPEN);
		int sent = processor.getAllServeEvents().size();
		long started = System.nanoTime();

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(this::charge)
			.withMessageContaining("circuit breaker is open")
			.satisfies(it -> assertThat(it.reach()).isEqualTo(Reach.NOT_SENT));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT);
		assertThat(processor.getAllServeEvents()).hasSize(sent);
	}

	@Test // One always-failing card must not keep the circuit open for every other
			// customer.
	void aHalfOpenCircuitSendsOneRequestPerCallSoThatOneFailingCallCannotSpendItsTestRequests() {
		var gateway = new HttpProcessor(
				settings(new HttpProcessorSettings.CircuitBreaker(50, 4, 4, Duration.ofMillis(200), 3),
						new HttpProcessorSettings.Bulkhead(4, Duration.ZERO)));
		processor.stubFor(
				post("/v1/charges").withRequestBody(containing("tok_broken")).willReturn(aResponse().withStatus(500)));
		processor.stubFor(post("/v1/charges").withRequestBody(containing("tok_visa")).willReturn(charged()));
		var broken = new ProcessorKey("order-" + UUID.randomUUID() + "-charge");
		assertThatExceptionOfType(ProcessorUnavailable.class)
			.isThrownBy(() -> gateway.charge(broken, order, customer, TOTAL, "tok_broken"));
		assertThatExceptionOfType(ProcessorUnavailable.class)
			.isThrownBy(() -> gateway.charge(broken, order, customer, TOTAL, "tok_broken"));
		assertThat(gateway.circuitBreakerState()).isEqualTo(CircuitBreaker.State.OPEN);
		int sent = processor.findAll(postRequestedFor(urlEqualTo("/v1/charges"))).size();

		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
			try {
				gateway.charge(broken, order, customer, TOTAL, "tok_broken");
				return false;
			}
			catch (ProcessorUnavailable ex) {
				return ex.reach() != Reach.NOT_SENT;
			}
		});
		assertThat(processor.findAll(postRequestedFor(urlEqualTo("/v1/charges")))).as("one test request, no retry")
			.hasSize(sent + 1);
		assertThat(gateway.charge(key, order, customer, TOTAL, "tok_visa")).isInstanceOf(ChargeOutcome.Approved.class);
		assertThat(gateway.charge(key, order, customer, TOTAL, "tok_visa")).isInstanceOf(ChargeOutcome.Approved.class);

		assertThat(gateway.circuitBreakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void saysACallThatCouldNotConnectWasNotSent() throws Exception {
		int closedPort;
		try (var socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		var gateway = new HttpProcessor(
				new HttpProcessorSettings(URI.create("http://localhost:" + closedPort), API_KEY, Duration.ofSeconds(1),
						TIMEOUT, new HttpProcessorSettings.Retry(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50)),
						new HttpProcessorSettings.CircuitBreaker(50, 4, 4, Duration.ofMinutes(1), 1),
						new HttpProcessorSettings.Bulkhead(4, Duration.ZERO)));

		assertThatExceptionOfType(ProcessorUnavailable.class)
			.isThrownBy(() -> gateway.charge(key, order, customer, TOTAL, "tok_visa"))
			.satisfies(it -> assertThat(it.reach()).isEqualTo(Reach.NOT_SENT));
	}

	@Test
	void looksAChargeUpByItsKeyWithoutCharging() {
		processor.stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("idempotency_key", equalTo(key.value()))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"ch_1\", \"status\": \"approved\", \"last4\": \"4242\"}")));

		assertThat(gateway.findCharge(key)).contains(new ChargeOutcome.Approved("ch_1", "4242"));

		processor.verify(1, getRequestedFor(urlPathEqualTo("/v1/charges")).withHeader("Authorization",
				equalTo("Bearer " + API_KEY)));
		processor.verify(0, postRequestedFor(urlEqualTo("/v1/charges")));
	}

	@Test
	void findsADeclinedChargeByItsKey() {
		processor.stubFor(get(urlPathEqualTo("/v1/charges")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\": \"declined\", \"code\": \"insufficient_funds\", \"message\": \"No.\"}")));

		assertThat(gateway.findCharge(key)).contains(new ChargeOutcome.Declined(Reason.INSUFFICIENT_FUNDS, "No."));
	}

	@Test
	void findsNoChargeUnderAKeyTheProcessorSaysItDoesNotKnow() {
		processor.stubFor(get(urlPathEqualTo("/v1/charges")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"no_such_charge\"}")));

		assertThat(gateway.findCharge(key)).isEmpty();
	}

	@Test // A wrong base URL or a proxy answers 404 too: no reason to give a charge up.
	void takesA404ThatDoesNotSayThereIsNoSuchChargeForNoAnswer() {
		processor.stubFor(get(urlPathEqualTo("/v1/charges")).willReturn(aResponse().withStatus(404)));

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> gateway.findCharge(key))
			.satisfies(it -> assertThat(it.reach()).isEqualTo(Reach.REFUSED));
	}

	@Test
	void aLookupWithoutAnAnswerIsRetriedAndThenUnavailable() {
		processor.stubFor(get(urlPathEqualTo("/v1/charges")).willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> gateway.findCharge(key));

		processor.verify(3, getRequestedFor(urlPathEqualTo("/v1/charges")));
	}

	@Test
	void refusesCallsBeyondTheBulkheadWithoutARequest() {
		var gateway = gateway(new HttpProcessorSettings.Bulkhead(1, Duration.ZERO));
		processor.stubFor(post("/v1/charges").willReturn(charged().withFixedDelay((int) TIMEOUT.toMillis() / 2)));
		var first = CompletableFuture.supplyAsync(() -> gateway.charge(key, order, customer, TOTAL, "tok_visa"));
		await().atMost(Duration.ofSeconds(5)).until(() -> gateway.callsUnderWay() == 1);

		var other = new ProcessorKey("order-" + UUID.randomUUID() + "-charge");
		assertThatExceptionOfType(ProcessorUnavailable.class)
			.isThrownBy(() -> gateway.charge(other, UUID.randomUUID(), customer, TOTAL, "tok_visa"))
			.withMessageContaining("Too many calls")
			.satisfies(it -> assertThat(it.outcomeUnknown()).isFalse());

		assertThat(first.join()).isInstanceOf(ChargeOutcome.Approved.class);
		processor.verify(1, postRequestedFor(urlEqualTo("/v1/charges")));
	}

	@Test
	void refundsAChargeWithItsOwnIdempotencyKey() {
		processor.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"re_1\"}")));
		var refundKey = new ProcessorKey("order-" + order + "-refund");

		var refunded = gateway.refund(refundKey, "ch_1", TOTAL);

		assertThat(refunded).isEqualTo(new Refunded("re_1"));
		processor.verify(1,
				postRequestedFor(urlEqualTo("/v1/refunds")).withHeader("Authorization", equalTo("Bearer " + API_KEY))
					.withHeader("Idempotency-Key", equalTo(refundKey.value()))
					.withRequestBody(equalToJson("{\"charge\": \"ch_1\", \"amount\": 1990, \"currency\": \"EUR\"}")));
	}

	@Test
	void retriesARefundThatGotNoAnswer() {
		processor.stubFor(post("/v1/refunds").inScenario("refund")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		processor.stubFor(post("/v1/refunds").inScenario("refund")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"re_1\"}")));

		assertThat(gateway.refund(key, "ch_1", TOTAL)).isEqualTo(new Refunded("re_1"));

		processor.verify(2,
				postRequestedFor(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key.value())));
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 404, 410, 422 })
	void takesARefundTheProcessorRefusesAsFinal(int status) {
		processor.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"charge_already_refunded\", \"message\": \"Already refunded.\"}")));

		assertThatExceptionOfType(RefundRefused.class).isThrownBy(() -> gateway.refund(key, "ch_1", TOTAL))
			.withMessageContaining(String.valueOf(status))
			.withMessageContaining("charge_already_refunded");

		processor.verify(1, postRequestedFor(urlEqualTo("/v1/refunds")));
		assertThat(gateway.circuitBreakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@ParameterizedTest
	@ValueSource(ints = { 401, 403 })
	void takesARefundRefusedForOurCredentialsAsNotDoneToBeAskedAgainLater(int status) {
		processor.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(status)));

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> gateway.refund(key, "ch_1", TOTAL))
			.satisfies(it -> assertThat(it.outcomeUnknown()).isFalse());

		processor.verify(1, postRequestedFor(urlEqualTo("/v1/refunds")));
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 409, 425, 429, 500, 503 })
	void retriesARefundNotDealtWithYet(int status) {
		processor.stubFor(post("/v1/refunds").inScenario("refund")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(status))
			.willSetStateTo("up"));
		processor.stubFor(post("/v1/refunds").inScenario("refund")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"re_1\"}")));

		assertThat(gateway.refund(key, "ch_1", TOTAL)).isEqualTo(new Refunded("re_1"));

		processor.verify(2, postRequestedFor(urlEqualTo("/v1/refunds")));
	}

	@Test
	void retriesARefundAnsweredWithoutItsId() {
		processor.stubFor(post("/v1/refunds").inScenario("refund")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}"))
			.willSetStateTo("up"));
		processor.stubFor(post("/v1/refunds").inScenario("refund")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"re_1\"}")));

		assertThat(gateway.refund(key, "ch_1", TOTAL)).isEqualTo(new Refunded("re_1"));

		processor.verify(2, postRequestedFor(urlEqualTo("/v1/refunds")));
	}

	@Test
	void publishesTheStateOfItsCircuitBreakerRetryAndBulkheadAsMetrics() {
		var meters = new SimpleMeterRegistry();

		gateway.bindTo(meters);

		assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", HttpProcessor.NAME).gauges())
			.isNotEmpty();
		assertThat(meters.find("resilience4j.retry.calls").tag("name", HttpProcessor.NAME).meters()).isNotEmpty();
		assertThat(
				meters.find("resilience4j.bulkhead.available.concurrent.calls").tag("name", HttpProcessor.NAME).gauge())
			.isNotNull();
	}

	private ChargeOutcome charge() {
		return gateway.charge(key, order, customer, TOTAL, "tok_visa");
	}

	private void failFirstThenCharge(ResponseDefinitionBuilder failure) {
		processor.stubFor(post("/v1/charges").inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(failure)
			.willSetStateTo("recovered"));
		processor
			.stubFor(post("/v1/charges").inScenario("flaky").whenScenarioStateIs("recovered").willReturn(charged()));
	}

	private static ResponseDefinitionBuilder charged() {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"ch_1\", \"status\": \"approved\", \"last4\": \"4242\"}");
	}

	private static HttpProcessor gateway(HttpProcessorSettings.Bulkhead bulkhead) {
		return new HttpProcessor(
				settings(new HttpProcessorSettings.CircuitBreaker(50, 4, 4, Duration.ofMinutes(1), 1), bulkhead));
	}

	private static HttpProcessorSettings settings(HttpProcessorSettings.CircuitBreaker breaker,
			HttpProcessorSettings.Bulkhead bulkhead) {
		return new HttpProcessorSettings(URI.create(processor.baseUrl()), API_KEY, Duration.ofSeconds(1), TIMEOUT,
				new HttpProcessorSettings.Retry(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50)), breaker,
				bulkhead);
	}

}
