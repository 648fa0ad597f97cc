package app.payments.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.money.Money;
import app.payments.PaymentDeclined.Reason;
import app.payments.processor.ChargeOutcome;
import app.payments.processor.PaymentProcessor;
import app.payments.processor.ProcessorKey;
import app.payments.processor.ProcessorUnavailable.Reach;
import app.payments.processor.ProcessorUnavailable;
import app.payments.processor.RefundRefused;
import app.payments.processor.Refunded;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.observation.ObservationRegistry;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
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
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClient.RequestHeadersSpec;
import org.springframework.web.client.RestClient;
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
 * <li>{@code GET /v1/charges?idempotency_key=<key>} answers {@code 200} with the charge
 * made under the key ({@code {"id": "…", "status": "approved", "last4": "4242"}}, or
 * {@code {"status": "declined", "code": "…", "message": "…"}}), or {@code 404} with
 * {@code {"code": "no_such_charge"}} when it has none; it charges nothing. Any other 404
 * (a wrong base URL, a proxy) is no answer: only the processor's own word that it has no
 * such charge lets a charge be given up;
 * <li>{@code POST /v1/refunds} with {@code {"charge": "<charge id>", "amount": 1990,
 * "currency": "EUR"}} answers {@code 201} with {@code {"id": "…"}}.
 * </ul>
 * Every request carries {@code Authorization: Bearer <api key>}; charges and refunds
 * carry an {@code Idempotency-Key} (the look-up sends it as a query parameter), and the
 * processor answers a key it has seen with its first answer and moves no money again. So
 * requests that got no usable answer (a timeout, a broken connection, {@code 5xx},
 * {@code 408}, {@code 409}, {@code 425}, {@code 429}, or a {@code 2xx} whose body is not
 * what the API promises) are repeated with the same key, with exponential backoff. A
 * {@code 402} to a charge is a decline; any other {@code 4xx} refuses the request itself
 * and is not repeated here. A refund refused with a {@code 4xx} other than {@code 401}
 * and {@code 403} (which are about our credentials, not the refund) is
 * {@link RefundRefused}. Around the retries a bulkhead bounds the calls waiting on the
 * processor; inside them a circuit breaker stops sending after repeated failures, failing
 * fast until the processor recovers (ADR 0012). While the circuit is half open, a call
 * sends one request and is not retried, so that the few test requests it lets through
 * come from several calls, not from one call's retries.
 */
class HttpProcessor implements PaymentProcessor {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String NAME = "payments-gateway";

	static final String CHARGES = "/v1/charges";

	static final String REFUNDS = "/v1/refunds";

	/** The status of a charge that went through, as the processor writes it. */
	static final String APPROVED = "approved";

	/** The status of a charge the processor declined, as it writes it. */
	static final String DECLINED = "declined";

	/** The code of a lookup's 404 that says the processor has no charge under the key. */
	static final String NO_SUCH_CHARGE = "no_such_charge";

	private static final String DEFAULT_DECLINE_MESSAGE = "The card was declined.";

	private static final Logger log = LoggerFactory.getLogger(HttpProcessor.class);

	/** Spreads out the retries of many calls that failed at the same moment. */
	private static final double BACKOFF_JITTER = 0.5;

	private final RestClient http;

	private final CircuitBreakerRegistry circuitBreakers;

	private final RetryRegistry retries;

	private final BulkheadRegistry bulkheads;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final Bulkhead bulkhead;

	HttpProcessor(HttpProcessorSettings settings) {
		this(settings, ObservationRegistry.NOOP);
	}

	/**
	 * @param observations observes each request, which carries the trace context to the
	 * processor in its {@code traceparent} header
	 */
	HttpProcessor(HttpProcessorSettings settings, ObservationRegistry observations) {
		var client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.build();
		var requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(settings.timeout());
		this.http = RestClient.builder()
			.requestFactory(requests)
			.observationRegistry(observations)
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
			.retryOnException(this::worthRetrying)
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
	public ChargeOutcome charge(ProcessorKey key, UUID orderId, UUID customerId, Money amount, String cardToken) {
		var request = new ChargeRequest(minorUnits(amount), amount.currency().getCurrencyCode(), cardToken,
				orderId.toString(), customerId.toString());
		var what = "POST " + CHARGES;
		// A 402 is a decline, whatever its body says: a missing or unreadable one only
		// loses why.
		return call(key, post(CHARGES, key, request), what, 402,
				response -> response.getStatusCode().value() == 402 ? declined(readOrNull(response, ErrorBody.class))
						: approved(read(response, what, Charge.class), response.getStatusCode().value(), what));
	}

	@Override
	public Optional<ChargeOutcome> findCharge(ProcessorKey key) {
		var what = "GET " + CHARGES + "?idempotency_key=" + key;
		return call(key, () -> http.get().uri(CHARGES + "?idempotency_key={key}", key.value()), what, 404, response -> {
			if (response.getStatusCode().value() == 404) {
				var error = readOrNull(response, ErrorBody.class);
				if (error == null || !NO_SUCH_CHARGE.equals(error.code())) {
					throw new Refused("The card processor answered 404 to " + what + " without saying it has no "
							+ "such charge; is agora.payments.http.base-url right?");
				}
				return Optional.empty();
			}
			var found = read(response, what, Charge.class);
			if (DECLINED.equals(found.status())) {
				return Optional.of(declined(new ErrorBody(found.code(), found.message())));
			}
			return Optional.of(approved(found, response.getStatusCode().value(), what));
		});
	}

	@Override
	public Refunded refund(ProcessorKey key, String chargeReference, Money amount) {
		var request = new RefundRequest(chargeReference, minorUnits(amount), amount.currency().getCurrencyCode());
		var what = "POST " + REFUNDS;
		return call(key, post(REFUNDS, key, request), what, null, response -> {
			var refund = read(response, what, Refund.class);
			if (refund.id() == null || refund.id().isBlank()) {
				throw new NoAnswer("The card processor answered " + response.getStatusCode().value() + " to " + what
						+ " without the refund's id", true);
			}
			return new Refunded(refund.id());
		});
	}

	/** A POST of JSON under the idempotency key, made anew for every attempt. */
	private Supplier<RequestHeadersSpec<?>> post(String path, ProcessorKey key, Object body) {
		return () -> http.post()
			.uri(path)
			.header(IDEMPOTENCY_KEY, key.value())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
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

	/**
	 * Sends the request through the bulkhead, the retries and the circuit breaker, and
	 * says how far it got when no usable answer came back.
	 * @param spec the request, made anew for every attempt
	 * @param answered a status besides 2xx that is an answer to read rather than a
	 * failure, or null
	 */
	private <T> T call(ProcessorKey key, Supplier<RequestHeadersSpec<?>> spec, String what, @Nullable Integer answered,
			Answer<T> onAnswer) {
		// Whether some request of this call may have reached the processor without an
		// answer: then the call may have been carried out, whatever its later requests
		// met.
		var unanswered = new AtomicBoolean();
		Supplier<T> request = () -> {
			try {
				return send(key, spec, what, answered, onAnswer);
			}
			catch (NoAnswer ex) {
				if (ex.mayHaveReached) {
					unanswered.set(true);
				}
				throw ex;
			}
		};
		try {
			return Bulkhead
				.decorateSupplier(bulkhead,
						Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, request)))
				.get();
		}
		catch (CallNotPermittedException ex) {
			throw new ProcessorUnavailable("The card processor failed too often lately; its circuit breaker is open",
					unanswered.get() ? Reach.NO_ANSWER : Reach.NOT_SENT, ex);
		}
		catch (BulkheadFullException ex) {
			throw new ProcessorUnavailable("Too many calls to the card processor are under way", Reach.NOT_SENT, ex);
		}
		catch (NoAnswer ex) {
			throw new ProcessorUnavailable(ex.getMessage(), unanswered.get() ? Reach.NO_ANSWER : Reach.NOT_SENT, ex);
		}
		catch (Refused ex) {
			throw new ProcessorUnavailable(ex.getMessage(), unanswered.get() ? Reach.NO_ANSWER : Reach.REFUSED, ex);
		}
	}

	private <T> T send(ProcessorKey key, Supplier<RequestHeadersSpec<?>> spec, String what, @Nullable Integer answered,
			Answer<T> onAnswer) {
		try {
			return spec.get().accept(MediaType.APPLICATION_JSON).exchange((clientRequest, response) -> {
				var status = response.getStatusCode();
				log.debug("{} with key {}: {}", what, key, status.value());
				if (status.is2xxSuccessful() || (answered != null && status.value() == answered)) {
					return onAnswer.read(response);
				}
				if (isNoAnswer(status)) {
					throw new NoAnswer("The card processor answered " + status.value() + " to " + what, true);
				}
				if (isRefundRefused(what, status)) {
					throw new RefundRefused(
							"The card processor refused the refund with " + status.value() + describe(response));
				}
				if (status.is4xxClientError()) {
					throw new Refused("The card processor refused " + what + " with " + status.value());
				}
				// 1xx, 3xx: not an answer this API gives, so not one to act on.
				throw new NoAnswer("The card processor answered " + status.value() + " to " + what, true);
			});
		}
		catch (ResourceAccessException ex) {
			var cause = ex.getMostSpecificCause();
			throw new NoAnswer("No answer from the card processor to " + what + ": " + cause.getClass().getSimpleName()
					+ " " + cause.getMessage(), !isConnectFailure(ex), ex);
		}
		catch (RestClientException ex) {
			// An answer we cannot read: asking again with the same key is harmless.
			throw new NoAnswer("Unreadable answer from the card processor to " + what + ": " + ex.getMessage(), true,
					ex);
		}
	}

	/**
	 * Whether no connection could be made: then the request never left, and cannot have
	 * been carried out.
	 */
	private static boolean isConnectFailure(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether to send the request again: after no usable answer, while the circuit is
	 * closed. A half-open circuit lets a few requests through to test the processor; one
	 * call's retries must not spend them all.
	 */
	private boolean worthRetrying(Throwable failure) {
		return failure instanceof NoAnswer && circuitBreaker.getState() == CircuitBreaker.State.CLOSED;
	}

	private static ChargeOutcome.Declined declined(@Nullable ErrorBody declined) {
		var message = declined != null ? declined.message() : null;
		return new ChargeOutcome.Declined(reason(declined != null ? declined.code() : null),
				message != null && !message.isBlank() ? message : DEFAULT_DECLINE_MESSAGE);
	}

	private static ChargeOutcome.Approved approved(Charge charged, int status, String what) {
		if (!charged.isApproved()) {
			throw new NoAnswer(
					"The card processor answered " + status + " to " + what + " without an approved charge: " + charged,
					true);
		}
		return new ChargeOutcome.Approved(charged.id(), charged.last4());
	}

	/**
	 * Whether the processor answered that it will not make the refund: a client error
	 * about the refund itself, not about who asks (401, 403) or when (see
	 * {@link #isNoAnswer}).
	 */
	private static boolean isRefundRefused(String what, HttpStatusCode status) {
		return what.equals("POST " + REFUNDS) && status.is4xxClientError() && !isNoAnswer(status)
				&& status.value() != 401 && status.value() != 403;
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
	private static <T> T read(ConvertibleClientHttpResponse response, String what, Class<T> type) {
		T body;
		try {
			body = response.bodyTo(type);
		}
		catch (RestClientException ex) {
			throw new NoAnswer("Unreadable answer from the card processor to " + what + ": " + ex.getMessage(), true,
					ex);
		}
		if (body == null) {
			throw new NoAnswer("The card processor answered " + what + " without a body", true);
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

	/** A charge as the processor describes it; a declined one has a code and message. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Charge(@Nullable String id, @Nullable String status, @Nullable String last4, @Nullable String code,
			@Nullable String message) {

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

	/**
	 * The processor gave no usable answer: worth asking again with the same key. Unless
	 * no connection was made, the request may have been carried out.
	 */
	static class NoAnswer extends RuntimeException {

		final boolean mayHaveReached;

		NoAnswer(String message, boolean mayHaveReached) {
			super(message);
			this.mayHaveReached = mayHaveReached;
		}

		NoAnswer(String message, boolean mayHaveReached, Throwable cause) {
			super(message, cause);
			this.mayHaveReached = mayHaveReached;
		}

	}

	/** The processor refused the request itself: asking again would get the same. */
	static class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

}
