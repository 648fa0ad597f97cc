package app.payments.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The remote card processor, when it is chosen: {@code agora.payments.gateway=http}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "agora.payments.gateway", havingValue = "http")
@EnableConfigurationProperties(HttpProcessorSettings.class)
class HttpProcessorConfiguration {

	@Bean
	HttpProcessor httpProcessor(HttpProcessorSettings settings, ObjectProvider<MeterRegistry> meters,
			ObjectProvider<ObservationRegistry> observations) {
		var processor = new HttpProcessor(settings, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
		meters.ifAvailable(processor::bindTo);
		return processor;
	}

}
