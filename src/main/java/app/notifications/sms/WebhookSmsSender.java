package app.notifications.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Text messages through an SMS provider's webhook: {@code POST} of {@code {"to":
 * "+4915112345678", "text": "…"}} as JSON, with the token as a bearer token if one is
 * configured. Any 2xx means the provider took it; anything else, or no answer within the
 * timeout, is a failed attempt, retried later by the dispatcher.
 */
class WebhookSmsSender implements SmsSender {

	private final RestClient http;

	private final URI webhook;

	WebhookSmsSender(URI webhook, @Nullable String token, Duration timeout) {
		this(webhook, token, timeout, ObservationRegistry.NOOP);
	}

	WebhookSmsSender(URI webhook, @Nullable String token, Duration timeout, ObservationRegistry observations) {
		var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
		var requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(timeout);
		var builder = RestClient.builder().requestFactory(requests).observationRegistry(observations);
		if (token != null && !token.isBlank()) {
			builder = builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		this.http = builder.build();
		this.webhook = webhook;
	}

	@Override
	public void send(String to, String text) {
		http.post()
			.uri(webhook)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new TextMessage(to, text))
			.retrieve()
			.toBodilessEntity();
	}

	record TextMessage(String to, String text) {
	}

}
