package app.notifications.sms;

import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which way text messages go: to the configured webhook, or only to the log. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

	@Bean
	SmsSender smsSender(SmsSettings settings, ObjectProvider<ObservationRegistry> observations) {
		if (settings.webhookUrl() == null) {
			return new LoggingSmsSender();
		}
		log.info("Text messages go to the webhook at {}", settings.webhookUrl());
		return new WebhookSmsSender(settings.webhookUrl(), settings.webhookToken(), settings.timeout(),
				observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

}
