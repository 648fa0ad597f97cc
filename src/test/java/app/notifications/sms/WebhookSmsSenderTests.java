package app.notifications.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SMS webhook against a real HTTP server: what it posts, and what counts as failed.
 */
class WebhookSmsSenderTests {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	WebhookSmsSender sender = new WebhookSmsSender(URI.create(provider.baseUrl() + "/texts"), "test-only-token",
			Duration.ofMillis(500));

	@Test
	void postsTheNumberAndTextAsJsonWithTheToken() {
		provider.stubFor(post("/texts").willReturn(aResponse().withStatus(201)));

		sender.send("+4915112345678", "Agora: your order is on its way.");

		provider.verify(1,
				postRequestedFor(urlEqualTo("/texts")).withHeader("Authorization", equalTo("Bearer test-only-token"))
					.withRequestBody(equalToJson("""
							{"to": "+4915112345678", "text": "Agora: your order is on its way."}""")));
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 429, 500, 503 })
	void failsWhenTheProviderDoesNotTakeIt(int status) {
		provider.stubFor(post("/texts").willReturn(aResponse().withStatus(status)));

		assertThatRuntimeException().isThrownBy(() -> sender.send("+4915112345678", "text"));
	}

	@Test
	void failsWhenTheProviderTakesTooLong() {
		provider.stubFor(post("/texts").willReturn(aResponse().withStatus(200).withFixedDelay(2000)));
		long started = System.nanoTime();

		assertThatRuntimeException().isThrownBy(() -> sender.send("+4915112345678", "text"));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
	}

	@Test
	void logsTextsWithTheNumberMasked() {
		assertThat(LoggingSmsSender.masked("+4915112345678")).isEqualTo("***********678");
	}

}
