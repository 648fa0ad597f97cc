package app.web;

import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import org.springframework.stereotype.Component;

/**
 * Metrics named and described as Prometheus' own linter wants them
 * ({@code promtool check metrics}, ADR 0033): the JVM's compilation and CPU times, whose
 * units (ms, ns) end up in their names, are left out ({@code process_cpu_usage} says as
 * much), the CPU count loses its misleading {@code _count}, and the timers of
 * observations get the help text Micrometer leaves out.
 */
@Component
class PrometheusNames implements MeterFilter {

	private static final Set<String> LEFT_OUT = Set.of("jvm.compilation.time", "process.cpu.time");

	private static final Map<String, String> RENAMED = Map.of("system.cpu.count", "system.cpus");

	private static final Map<String, String> DESCRIBED = Map.ofEntries(
			Map.entry("http.server.requests", "HTTP requests the server answered, by method, path pattern and status"),
			Map.entry("http.server.requests.active", "HTTP requests being answered now"),
			Map.entry("http.client.requests", "HTTP requests to the card processor and the text message webhook"),
			Map.entry("http.client.requests.active", "HTTP requests to other services under way"),
			Map.entry("tasks.scheduled.execution", "Runs of the scheduled jobs"),
			Map.entry("tasks.scheduled.execution.active", "Scheduled jobs running now"),
			Map.entry("agora.listener", "Events handled by the modules' listeners (the saga's steps among them)"),
			Map.entry("agora.listener.active", "Events being handled now"),
			Map.entry("spring.kafka.template", "Messages sent to Kafka"),
			Map.entry("spring.kafka.template.active", "Messages being sent to Kafka"),
			Map.entry("spring.kafka.listener", "Messages received from Kafka"),
			Map.entry("spring.kafka.listener.active", "Messages from Kafka being handled now"));

	@Override
	public MeterFilterReply accept(Meter.Id id) {
		return LEFT_OUT.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
	}

	@Override
	public Meter.Id map(Meter.Id id) {
		var name = RENAMED.getOrDefault(id.getName(), id.getName());
		var description = id.getDescription() == null ? DESCRIBED.get(id.getName()) : id.getDescription();
		if (name.equals(id.getName()) && description == id.getDescription()) {
			return id;
		}
		return new Meter.Id(name, Tags.of(id.getTags()), id.getBaseUnit(), description, id.getType());
	}

}
