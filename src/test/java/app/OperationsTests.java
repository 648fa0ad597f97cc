package app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What operators and orchestrators (Kubernetes probes, Prometheus) can see, and that
 * nothing else is exposed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsTests {

	private final MockMvcTester mvc;

	private final HealthEndpointGroups healthGroups;

	OperationsTests(MockMvcTester mvc, HealthEndpointGroups healthGroups) {
		this.mvc = mvc;
		this.healthGroups = healthGroups;
	}

	@Test
	void reportsHealthWithLivenessAndReadinessProbes() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
	}

	@Test
	void isNotReadyWithoutItsDatabase() {
		assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
		assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
	}

	@Test
	void tellsWhichBuildIsRunning() {
		assertThat(mvc.get().uri("/actuator/info")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.build.artifact")
			.isEqualTo("agora");
	}

	@Test
	void publishesMetricsForPrometheus() {
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatusOk().bodyText().contains("jvm_memory_used_bytes");
	}

	@Test
	void exposesNothingElse() {
		for (var endpoint : new String[] { "env", "beans", "configprops", "heapdump", "threaddump", "loggers",
				"mappings", "shutdown" }) {
			assertThat(mvc.get().uri("/actuator/" + endpoint)).as(endpoint).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

}
