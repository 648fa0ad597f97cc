package app.payments.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/**
 * The HTTP gateway exists only when chosen, and then refuses to start without the
 * processor's URL and API key, saying what to set.
 */
class HttpProcessorConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
				ValidationAutoConfiguration.class))
		.withUserConfiguration(HttpProcessorConfiguration.class);

	@Test
	void isNotThereUnlessChosen() {
		context.run(it -> assertThat(it).hasNotFailed().doesNotHaveBean(HttpProcessor.class));
	}

	@Test
	void startsWithTheProcessorsUrlAndApiKey() {
		context
			.withPropertyValues("agora.payments.gateway=http", "agora.payments.http.base-url=https://processor.test",
					"agora.payments.http.api-key=test-only-key")
			.run(it -> assertThat(it).hasSingleBean(HttpProcessor.class));
	}

	@Test
	void refusesToStartWithoutTheApiKeySayingWhereItComesFrom() {
		context.withPropertyValues("agora.payments.gateway=http", "agora.payments.http.base-url=https://processor.test")
			.run(it -> assertThat(it).getFailure()
				.rootCause()
				.hasMessageContaining("agora.payments.http.apiKey")
				.hasMessageContaining("AGORA_PAYMENTS_HTTP_API_KEY"));
	}

	@Test
	void refusesToStartWithoutTheProcessorsUrl() {
		context.withPropertyValues("agora.payments.gateway=http", "agora.payments.http.api-key=test-only-key")
			.run(it -> assertThat(it).getFailure()
				.rootCause()
				.hasMessageContaining("agora.payments.http.baseUrl")
				.hasMessageContaining("card processor's URL"));
	}

}
