package app.deployment;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Observes every event listener of the modules ({@code @ApplicationModuleListener}): a
 * span named after the listener and the event, child of the span that published the
 * event, and a timer {@value #NAME} tagged with both (how long each saga step takes).
 * Ordered outside the listener's transaction, so that the span includes the commit.
 */
class ListenerObservations implements MethodInterceptor {

	static final String NAME = "agora.listener";

	private final ObjectProvider<ObservationRegistry> observations;

	/**
	 * @param observations looked up at the first call: an advisor is made before the
	 * registry may be, which must be made later to get its handlers
	 */
	ListenerObservations(ObjectProvider<ObservationRegistry> observations) {
		this.observations = observations;
	}

	DefaultPointcutAdvisor advisor() {
		var advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class), this);
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return advisor;
	}

	@Override
	public Object invoke(MethodInvocation call) throws Throwable {
		var arguments = call.getArguments();
		if (arguments.length != 1 || arguments[0] == null) {
			return call.proceed();
		}
		var listener = call.getMethod().getDeclaringClass().getSimpleName();
		var event = arguments[0].getClass().getSimpleName();
		return Observation.createNotStarted(NAME, observations.getIfAvailable(() -> ObservationRegistry.NOOP))
			.contextualName(listener + " on " + event)
			.lowCardinalityKeyValue("listener", listener)
			.lowCardinalityKeyValue("event", event)
			.observeChecked(call::proceed);
	}

}
