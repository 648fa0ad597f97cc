package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import app.catalog.CommitStock;
import app.users.Customers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What operators and orchestrators (Kubernetes probes, Prometheus) can see, and that
 * nothing else is exposed.
 */
@SpringBootTest(properties = "agora.gateway.metrics-scrapers=10.20.0.0/16")
@AutoConfigureMockMvc
class OperationsTests {

	private final MockMvcTester mvc;

	private final HealthEndpointGroups healthGroups;

	private final String adminToken;

	private final String customerToken;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	OperationsTests(MockMvcTester mvc, HealthEndpointGroups healthGroups, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, JdbcClient jdbc) {
		this.mvc = mvc;
		this.healthGroups = healthGroups;
		// Tokens of real accounts: the gateway refuses those of accounts that do not
		// exist.
		this.adminToken = Customers.logIn(mvc, "admin@agora.test", "test-only-secret-9f2c").accessToken();
		this.customerToken = Customers.newCustomer(mvc).accessToken();
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
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
	void publishesMetricsForPrometheusToAdministrators() {
		assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + adminToken)).hasStatusOk()
			.bodyText()
			.contains("jvm_memory_used_bytes");
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void letsTheConfiguredScrapersReadMetricsWithoutAToken() {
		assertThat(mvc.get().uri("/actuator/prometheus").with(Clients.from("10.20.3.4"))).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/prometheus").with(Clients.from("10.21.3.4")))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/actuator/env").with(Clients.from("10.20.3.4"))).as("nothing else")
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void showsAdministratorsTheWorkBetweenModulesLeftUndoneAndResubmitsItOnRequest() {
		// The catalog refuses to commit stock nobody reserved: this publication fails,
		// every time it is tried.
		var order = UUID.randomUUID();
		transactions.executeWithoutResult(status -> events.publishEvent(new CommitStock(order)));

		try {
			Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				var incomplete = mvc.get()
					.uri("/actuator/eventpublications")
					.header("Authorization", "Bearer " + adminToken)
					.exchange();
				assertThat(incomplete).hasStatusOk();
				assertThat(incomplete).bodyJson()
					.extractingPath("$[?(@.event == 'app.catalog.CommitStock')].listener")
					.asArray()
					.singleElement()
					.asString()
					.contains("InventoryListener");
				assertThat(incomplete).bodyJson()
					.extractingPath("$[?(@.event == 'app.catalog.CommitStock')].attempts")
					.asArray()
					.singleElement()
					.isNotEqualTo(0);
			});
			assertThat(mvc.post().uri("/actuator/eventpublications").header("Authorization", "Bearer " + adminToken))
				.hasStatus(HttpStatus.NO_CONTENT);
			assertThat(mvc.get().uri("/actuator/eventpublications").header("Authorization", "Bearer " + customerToken))
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		finally {
			jdbc.sql("DELETE FROM event_publication.event_publication WHERE serialized_event LIKE ?")
				.param("%" + order + "%")
				.update();
		}
	}

	@Test
	void exposesNothingElseEvenToAnAdministrator() {
		for (var endpoint : new String[] { "env", "beans", "configprops", "heapdump", "threaddump", "loggers",
				"mappings", "shutdown" }) {
			assertThat(mvc.get().uri("/actuator/" + endpoint)).as(endpoint).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(mvc.get().uri("/actuator/" + endpoint).header("Authorization", "Bearer " + adminToken))
				.as(endpoint)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

}
