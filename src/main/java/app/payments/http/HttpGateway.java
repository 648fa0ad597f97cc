package app.payments.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.money.Money;
import app.payments.PaymentDeclined.Reason;
import app.payments.gateway.ChargeOutcome;
import app.payments.gateway.GatewayUnavailable;
import app.payments.gateway.IdempotencyKey;
import app.payments.gateway.PaymentGateway;
import app.payments.gateway.RefundRefused;
import app.payments.gateway.Refunded;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * A remote card processor over HTTP and JSON. Its API, relative to
 * {@code agora.payments.http.base-url}:
 * <ul>
 * <li>{@code POST /v1/charges} with {@code {"amount": 1990, "currency": "EUR", "token":
 * "…", "reference": "<order id>", "customer": "<customer id>"}} (amounts in the
 * currency's minor units) answers {@code 201} with {@code {"id": "…", "status":
 * "approved", "last4": "4242"}}, or {@code 402} with {@code {"code": "card_declined" |
 * "insufficient_funds" | "invalid_card", "message": "…"}};
 * <li>{@code POST /v1/refunds} with {@code {"charge": "<charge id>", "amount": 1990,
 * "currency": "EUR"}} answers {@code 201} with {@code {"id": "…"}}.
 * </ul>
 * Every request carries {@code Authorization: Bearer <api key>} and an
 * {@code Idempotency-Key}; the processor answers a key it has seen with its first answer
 * and moves no money again. So requests that got no usable answer (a timeout, a broken
 * connection, {@code 5xx}, {@code 408}, {@code 409}, {@code 425}, {@code 429}, or a
 * {@code 2xx} whose body is not what the API promises) are repeated with the same key,
 * with exponential backoff. A {@code 402} to a charge is a decline; any other {@code 4xx}
 * refuses the request itself and is not repeated here. A refund refused with a
 * {@code 4xx} other than {@code 401} and {@code 403} (which are about our credentials,
 * not the refund) is {@link RefundRefused}. Around the retries a bulkhead bounds the
 * calls waiting on the processor; inside them a circuit breaker stops sending after
 * repeated failures, failing fast until the processor recovers (ADR 0012).
 */
class HttpGateway implements PaymentGateway {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String NAME = "payments-gateway";

	static final String CHARGES = "/v1/charges";

	static final String REFUNDS = "/v1/refunds";

	/** The status of a charge that went through, as the processor writes it. */
	static final String APPROVED = "approved";

	private static final String DEFAULT_DECLINE_MESSAGE = "The card was declined.";

	private static final Logger log = LoggerFactory.getLogger(HttpGateway.class);

	/** Spreads out the retries of many calls that failed at the same moment. */
	private static final double BACKOFF_JITTER = 0.5;

	private final RestClient http;

	private final CircuitBreakerRegistry circuitBreakers;

	private final RetryRegistry retries;

	private final BulkheadRegistry bulkheads;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final Bulkhead bulkhead;

	HttpGateway(HttpGatewaySettings settings) {
		var client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.build();
		var requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(settings.timeout());
		this.http = RestClient.builder()
			.requestFactory(requests)
			.baseUrl(settings.requiredBaseUrl().toString())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + settings.requiredApiKey())
			.build();

		var breaker = settings.circuitBreaker();
		this.circuitBreakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindow(breaker.slidingWindowSize(), breaker.minimumNumberOfCalls(), SlidingWindowType.COUNT_BASED)
			.failureRateThreshold(breaker.failureRateThreshold())
			.waitDurationInOpenState(breaker.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(breaker.permittedCallsInHalfOpenState())
			.recordException(NoAnswer.class::isInstance)
			.build());
		this.circuitBreaker = circuitBreakers.circuitBreaker(NAME);

		var retrying = settings.retry();
		this.retries = RetryRegistry.of(RetryConfig.custom()
			.maxAttempts(retrying.maxAttempts())
			.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(retrying.backoff(), retrying.multiplier(),
					BACKOFF_JITTER, retrying.maxBackoff()))
			.retryOnException(NoAnswer.class::isInstance)
			.build());
		this.retry = retries.retry(NAME);
		retry.getEventPublisher()
			.onRetry(event -> log.warn("Card processor request failed ({}); retry {} in {}",
					event.getLastThrowable() == null ? "?" : event.getLastThrowable().getMessage(),
					event.getNumberOfRetryAttempts(), event.getWaitInterval()));
		circuitBreaker.getEventPublisher()
			.onStateTransition(event -> log.warn("Card processor circuit breaker: {}", event.getStateTransition()));

		var limits = settings.bulkhead();
		this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
			.maxConcurrentCalls(limits.maxConcurrentCalls())
			.maxWaitDuration(limits.maxWait())
			.build());
		this.bulkhead = bulkheads.bulkhead(NAME);
	}

	@Override
	public ChargeOutcome charge(IdempotencyKey key, UUID orderId, UUID customerId, Money amount, String cardToken) {
		var request = new ChargeRequest(minorUnits(amount), amount.currency().getCurrencyCode(), cardToken,
				orderId.toString(), customerId.toString());
		return call(key, CHARGES, request, response -> {
			if (response.getStatusCode().value() == 402) {
				// A decline, whatever its body says: a missing or unreadable one only
				// loses why.
				var declined = readOrNull(response, ErrorBody.class);
				var message = declined != null ? declined.message() : null;
				return new ChargeOutcome.Declined(reason(declined != null ? declined.code() : null),
						message != null && !message.isBlank() ? message : DEFAULT_DECLINE_MESSAGE);
			}
			var charged = read(response, CHARGES, Charge.class);
			if (!charged.isApproved()) {
				throw new NoAnswer("The card processor answered " + response.getStatusCode().value() + " to POST "
						+ CHARGES + " without an approved charge: " + charged);
			}
			return new ChargeOutcome.Approved(charged.id(), charged.last4());
		});
	}

	@Override
	public Refunded refund(IdempotencyKey key, String chargeReference, Money amount) {
		var request = new RefundRequest(chargeReference, minorUnits(amount), amount.currency().getCurrencyCode());
		return call(key, REFUNDS, request, response -> {
			var refund = read(response, REFUNDS, Refund.class);
			if (refund.id() == null || refund.id().isBlank()) {
				throw new NoAnswer("The card processor answered " + response.getStatusCode().value() + " to POST "
						+ REFUNDS + " without the refund's id");
			}
			return new Refunded(refund.id());
		});
	}

	/**
	 * Publishes the circuit breaker's, the retry's and the bulkhead's state as metrics.
	 */
	void bindTo(MeterRegistry meters) {
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers).bindTo(meters);
		TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
		TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
	}

	CircuitBreaker.State circuitBreakerState() {
		return circuitBreaker.getState();
	}

	int callsUnderWay() {
		return bulkhead.getBulkheadConfig().getMaxConcurrentCalls()
				- bulkhead.getMetrics().getAvailableConcurrentCalls();
	}

	private <T> T call(IdempotencyKey key, String path, Object body, Answer<T> onAnswer) {
		var sent = new AtomicBoolean();
		Supplier<T> request = () -> {
			sent.set(true);
			return send(key, path, body, onAnswer);
		};
		try {
			return Bulkhead
				.decorateSupplier(bulkhead,
						Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, request)))
				.get();
		}
		catch (CallNotPermittedException ex) {
			throw new GatewayUnavailable("The card processor failed too often lately; its circuit breaker is open",
					sent.get(), ex);
		}
		catch (BulkheadFullException ex) {
			throw new GatewayUnavailable("Too many calls to the card processor are under way", false, ex);
		}
		catch (NoAnswer ex) {
			throw new GatewayUnavailable(ex.getMessage(), true, ex);
		}
		catch (Refused ex) {
			throw new GatewayUnavailable(ex.getMessage(), false, ex);
		}
	}

	private <T> T send(IdempotencyKey key, String path, Object body, Answer<T> onAnswer) {
		try {
			return http.post()
				.uri(path)
				.header(IDEMPOTENCY_KEY, key.value())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange((clientRequest, response) -> {
					var status = response.getStatusCode();
					log.debug("POST {} with key {}: {}", path, key, status.value());
					if (status.is2xxSuccessful() || isDecline(path, status)) {
						return onAnswer.read(response);
					}
					if (isNoAnswer(status)) {
						throw new NoAnswer("The card processor answered " + status.value() + " to POST " + path);
					}
					if (isRefundRefused(path, status)) {
						throw new RefundRefused(
								"The card processor refused the refund with " + status.value() + describe(response));
					}
					if (status.is4xxClientError()) {
						throw new Refused("The card processor refused POST " + path + " with " + status.value());
					}
					// 1xx, 3xx: not an answer this API gives, so not one to act on.
					throw new NoAnswer("The card processor answered " + status.value() + " to POST " + path);
				});
		}
		catch (ResourceAccessException ex) {
			var cause = ex.getMostSpecificCause();
			throw new NoAnswer("No answer from the card processor to POST " + path + ": "
					+ cause.getClass().getSimpleName() + " " + cause.getMessage(), ex);
		}
		catch (RestClientException ex) {
			// An answer we cannot read: asking again with the same key is harmless.
			throw new NoAnswer("Unreadable answer from the card processor to POST " + path + ": " + ex.getMessage(),
					ex);
		}
	}

	private static boolean isDecline(String path, HttpStatusCode status) {
		return path.equals(CHARGES) && status.value() == 402;
	}

	/**
	 * Whether the processor answered that it will not make the refund: a client error
	 * about the refund itself, not about who asks (401, 403) or when (see
	 * {@link #isNoAnswer}).
	 */
	private static boolean isRefundRefused(String path, HttpStatusCode status) {
		return path.equals(REFUNDS) && status.is4xxClientError() && !isNoAnswer(status) && status.value() != 401
				&& status.value() != 403;
	}

	/** The processor's own words, when its error body has any, for the log. */
	private static String describe(ConvertibleClientHttpResponse response) {
		var error = readOrNull(response, ErrorBody.class);
		if (error == null) {
			return "";
		}
		var words = Stream.of(error.code(), error.message()).filter(Objects::nonNull).collect(Collectors.joining(" "));
		return words.isBlank() ? "" : ": " + words;
	}

	/**
	 * Whether the status says the request was not (or not yet) dealt with, so that it may
	 * be repeated with the same key: a server error, a timeout on the processor's side
	 * (408), a request with the same key still under way there (409), one it would rather
	 * not replay yet (425), or too many requests (429).
	 */
	private static boolean isNoAnswer(HttpStatusCode status) {
		return status.is5xxServerError() || switch (status.value()) {
			case 408, 409, 425, 429 -> true;
			default -> false;
		};
	}

	private static long minorUnits(Money money) {
		return money.amount().movePointRight(money.currency().getDefaultFractionDigits()).longValueExact();
	}

	private static Reason reason(@Nullable String code) {
		if ("insufficient_funds".equals(code)) {
			return Reason.INSUFFICIENT_FUNDS;
		}
		if ("invalid_card".equals(code)) {
			return Reason.INVALID_CARD;
		}
		return Reason.CARD_DECLINED;
	}

	/** The answer's body, or no answer at all when there is none or it cannot be read. */
	private static <T> T read(ConvertibleClientHttpResponse response, String path, Class<T> type) {
		T body;
		try {
			body = response.bodyTo(type);
		}
		catch (RestClientException ex) {
			throw new NoAnswer("Unreadable answer from the card processor to POST " + path + ": " + ex.getMessage(),
					ex);
		}
		if (body == null) {
			throw new NoAnswer("The card processor answered POST " + path + " without a body");
		}
		return body;
	}

	private static <T> @Nullable T readOrNull(ConvertibleClientHttpResponse response, Class<T> type) {
		try {
			return response.bodyTo(type);
		}
		catch (RestClientException ex) {
			return null;
		}
	}

	@FunctionalInterface
	private interface Answer<T> {

		T read(ConvertibleClientHttpResponse response) throws IOException;

	}

	record ChargeRequest(long amount, String currency, String token, String reference, String customer) {

		@Override
		public String toString() {
			return "ChargeRequest[amount=" + amount + ", currency=" + currency + ", reference=" + reference + "]";
		}

	}

	record RefundRequest(String charge, long amount, String currency) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Charge(@Nullable String id, @Nullable String status, @Nullable String last4) {

		/** Whether this is a charge that went through, with all Agora needs of it. */
		boolean isApproved() {
			return APPROVED.equals(status) && id != null && !id.isBlank() && last4 != null && last4.matches("[0-9]{4}");
		}

	}

	/** What the processor says with a decline or a refusal. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ErrorBody(@Nullable String code, @Nullable String message) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Refund(@Nullable String id) {
	}

	/** The processor gave no usable answer: worth asking again with the same key. */
	static class NoAnswer extends RuntimeException {

		NoAnswer(String message) {
			super(message);
		}

		NoAnswer(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** The processor refused the request itself: asking again would get the same. */
	static class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

}
