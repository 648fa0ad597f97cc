package app.deployment;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * One trace follows a checkout from its HTTP request through every saga step to the card
 * processor (ADR 0034). The steps are asynchronous listeners: the task decorator carries
 * the publishing thread's trace context to the thread that runs the listener, and
 * {@link ListenerObservations} gives each listener a span of its own. Between processes
 * the context travels in the Kafka record's {@code traceparent} header
 * ({@code spring.kafka.*.observation-enabled}); to the processor, in the HTTP request's.
 */
@Configuration(proxyBeanMethods = false)
class Tracing {

	/** Picked up by Spring Boot for the executor of the asynchronous listeners. */
	@Bean
	ContextPropagatingTaskDecorator contextPropagatingTaskDecorator() {
		return new ContextPropagatingTaskDecorator();
	}

	/**
	 * An infrastructure advisor, as the transactions' is, so that the same proxies take
	 * it.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor listenerObservations(ObjectProvider<ObservationRegistry> observations) {
		return new ListenerObservations(observations).advisor();
	}

}
