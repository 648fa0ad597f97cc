package app.payments.http;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the remote card processor is reached, and how failures of it are contained. Bound
 * and checked only when {@code agora.payments.gateway=http}.
 *
 * @param baseUrl where the processor's API lives, such as
 * {@code https://processor.example/api}
 * @param apiKey the key Agora authenticates with, from the environment
 * ({@code AGORA_PAYMENTS_HTTP_API_KEY}), never from the repository
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for the answer to one request, once sent; each retry
 * waits this long again
 * @param retry how requests that got no answer are repeated
 * @param circuitBreaker when to stop asking a failing processor for a while
 * @param bulkhead how many calls may wait on the processor at once
 */
@Validated
@ConfigurationProperties("agora.payments.http")
// Also keeps the application's @ConfigurationPropertiesScan from binding and validating
// it for the sandbox.
@ConditionalOnProperty(name = "agora.payments.gateway", havingValue = "http")
record HttpProcessorSettings(@NotNull(
		message = "must be set to the card processor's URL when agora.payments.gateway=http") @Nullable URI baseUrl,
		@NotBlank(message = "must be set, from the environment as AGORA_PAYMENTS_HTTP_API_KEY, "
				+ "when agora.payments.gateway=http") @Nullable String apiKey,
		@NotNull @DefaultValue("2s") Duration connectTimeout, @NotNull @DefaultValue("5s") Duration timeout,
		@Valid @DefaultValue Retry retry, @Valid @DefaultValue CircuitBreaker circuitBreaker,
		@Valid @DefaultValue Bulkhead bulkhead) {

	/**
	 * @param maxAttempts requests at most, the first one included
	 * @param backoff the wait before the first retry
	 * @param multiplier how much longer each further wait is
	 * @param maxBackoff the longest wait
	 */
	record Retry(@Min(1) @Max(10) @DefaultValue("3") int maxAttempts, @NotNull @DefaultValue("200ms") Duration backoff,
			@DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
			@NotNull @DefaultValue("2s") Duration maxBackoff) {
	}

	/**
	 * @param failureRateThreshold the percentage of failed requests at which the circuit
	 * opens
	 * @param slidingWindowSize how many of the latest requests the rate is taken over
	 * @param minimumNumberOfCalls requests needed before the rate counts at all
	 * @param waitInOpenState how long an open circuit refuses every call before letting a
	 * few through to test the processor
	 * @param permittedCallsInHalfOpenState how many test calls it lets through
	 */
	record CircuitBreaker(@Min(1) @Max(100) @DefaultValue("50") int failureRateThreshold,
			@Positive @DefaultValue("20") int slidingWindowSize, @Positive @DefaultValue("10") int minimumNumberOfCalls,
			@NotNull @DefaultValue("30s") Duration waitInOpenState,
			@Positive @DefaultValue("3") int permittedCallsInHalfOpenState) {
	}

	/**
	 * @param maxConcurrentCalls calls that may wait on the processor at once; fewer than
	 * the listener threads (12 on JDK 17, shared by every saga step), so that a slow
	 * processor cannot take them all
	 * @param maxWait how long a further call waits for one of them to finish before it is
	 * refused (and its charge or refund tried again later)
	 */
	record Bulkhead(@Positive @DefaultValue("4") int maxConcurrentCalls,
			@NotNull @DefaultValue("1s") Duration maxWait) {
	}

	/** The configured base URL, known to be there once validated. */
	URI requiredBaseUrl() {
		if (baseUrl == null) {
			throw new IllegalStateException("agora.payments.http.base-url is not set");
		}
		return baseUrl;
	}

	/** The configured API key, known to be there once validated. */
	String requiredApiKey() {
		if (apiKey == null || apiKey.isBlank()) {
			throw new IllegalStateException("agora.payments.http.api-key is not set");
		}
		return apiKey;
	}

	@Override
	public String toString() {
		return "HttpProcessorSettings[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", timeout="
				+ timeout + ", retry=" + retry + ", circuitBreaker=" + circuitBreaker + ", bulkhead=" + bulkhead + "]";
	}

}
