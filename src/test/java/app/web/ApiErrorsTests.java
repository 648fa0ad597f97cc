package app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.Filter;

import app.gateway.EndpointAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What clients see when something goes wrong that no module answers for. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ApiErrorsTests {

	private final MockMvcTester mvc;

	ApiErrorsTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void reportsAnUnexpectedFailureWithAnIncidentIdAndNoInternals() throws Exception {
		var result = mvc.get().uri("/test/failure").exchange();

		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.incident").isNotNull();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("database password", "Exception",
				"at app.");
	}

	@Test
	void reportsAConcurrentChangeAsAConflict() {
		assertThat(mvc.get().uri("/test/concurrent-change")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:concurrent-change");
	}

	@Test
	void asksToRetryWhenNoDatabaseConnectionBecameFreeInTime() {
		assertAsksToRetry("/test/no-connection", "1", "busy");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/test/database-down", "/test/connection-lost", "/test/database-shut-down",
			"/test/rollback-after-connection-lost", "/test/commit-on-a-closed-connection" })
	void asksToRetryLaterWhenTheDatabaseCannotBeUsed(String path) {
		assertAsksToRetry(path, "5", "database-unavailable");
	}

	@Test
	void answersADatabaseFailureInAServletFilterAsA503Problem() {
		assertAsksToRetry("/test/filter-meets-no-database", "5", "database-unavailable");
	}

	@Test
	void asksToRetrySoonWhenAModuleRefusesForNow() {
		assertAsksToRetry("/test/starting", "1", "starting");
	}

	/** A 503 problem of {@code type} that says when to try again. */
	private void assertAsksToRetry(String path, String retryAfterSeconds, String type) {
		var result = mvc.get().uri(path).exchange();

		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", retryAfterSeconds);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:agora:problem:" + type);
	}

	@Test
	void tellsAClientWithAnIdempotencyKeyToRepeatAFailedRequestWithIt() {
		assertThat(mvc.get().uri("/test/failure").header("Idempotency-Key", "k-1")).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("send it again with the same Idempotency-Key");
		assertThat(mvc.get().uri("/test/database-down").header("Idempotency-Key", "k-1")).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("send it again with the same Idempotency-Key");
		assertThat(mvc.get().uri("/test/failure")).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.doesNotContain("Idempotency-Key");
	}

	@Test
	void reportsAValueTheDatabaseCannotStoreAsTheClientsError() {
		assertThat(mvc.get().uri("/test/unstorable-value")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:invalid-request");
	}

	@Test
	void reportsAnUnknownPathAsNotFound() {
		assertThat(mvc.get().uri("/test/nothing-here")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("There is nothing at /test/nothing-here");
	}

	@Test
	void leavesARefusalOfSpringSecurityToTheSecurityFilterChain() {
		assertThat(mvc.get().uri("/test/access-denied")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesABodyLargerThanTheLimitWithoutReadingIt() {
		var result = mvc.post()
			.uri("/test/echo")
			.contentType(MediaType.APPLICATION_JSON)
			.content("\"" + "x".repeat(300 * 1024) + "\"")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void reportsABodyFoundTooLargeWhileReadingAs413() {
		assertThat(mvc.get().uri("/test/too-large")).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:body-too-large");
	}

	@Test
	void acceptsABodyWithinTheLimit() {
		assertThat(mvc.post().uri("/test/echo").contentType(MediaType.APPLICATION_JSON).content("\"small\""))
			.hasStatusOk();
	}

	@TestConfiguration
	static class FailingEndpoints {

		@Bean
		Failing failing() {
			return new Failing();
		}

		@Bean
		FilterRegistrationBean<Filter> filterMeetingNoDatabase() {
			var registration = new FilterRegistrationBean<Filter>((request, response, chain) -> {
				throw new IllegalStateException("Could not count the attempt",
						new SQLException("Connection to localhost:5432 refused", "08001"));
			});
			registration.addUrlPatterns("/test/filter-meets-no-database");
			return registration;
		}

		@Bean
		EndpointAccess testEndpointsArePublic() {
			return endpoints -> endpoints.requestMatchers("/test/**").permitAll();
		}

	}

	@RestController
	static class Failing {

		@GetMapping("/test/failure")
		void fail() {
			throw new IllegalStateException("database password is hunter2");
		}

		@GetMapping("/test/unstorable-value")
		void unstorableValue() {
			throw new DataIntegrityViolationException("insert failed",
					new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
		}

		@GetMapping("/test/no-connection")
		void noConnection() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLException("HikariPool-1 - Connection is not available, request timed out after 30000ms."));
		}

		@GetMapping("/test/database-down")
		void databaseDown() {
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001",
							new SQLException("Connection to localhost:5432 refused", "08001")));
		}

		@GetMapping("/test/connection-lost")
		void connectionLost() {
			throw new DataAccessResourceFailureException("PreparedStatementCallback",
					new SQLException("An I/O error occurred while sending to the backend.", "08006"));
		}

		@GetMapping("/test/database-shut-down")
		void databaseShutDown() {
			throw new UncategorizedSQLException("commit", null,
					new SQLException("terminating connection due to administrator command", "57P01"));
		}

		@GetMapping("/test/rollback-after-connection-lost")
		void rollbackAfterConnectionLost() {
			var rollback = new TransactionSystemException("JDBC rollback failed",
					new SQLException("Connection is closed"));
			rollback.initApplicationException(new DataAccessResourceFailureException("PreparedStatementCallback",
					new SQLException("terminating connection due to administrator command", "57P01")));
			throw rollback;
		}

		@GetMapping("/test/commit-on-a-closed-connection")
		void commitOnAClosedConnection() {
			throw new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
		}

		@GetMapping("/test/concurrent-change")
		void concurrentChange() {
			throw new OptimisticLockingFailureException("row changed");
		}

		@GetMapping("/test/access-denied")
		void accessDenied() {
			throw new AccessDeniedException("not yours");
		}

		@GetMapping("/test/starting")
		void starting() {
			throw new Starting();
		}

		@GetMapping("/test/too-large")
		void tooLarge() {
			throw new HttpMessageNotReadableException("unreadable", new RequestBodyLimit.BodyTooLarge(10),
					new MockHttpInputMessage(new byte[0]));
		}

		@PostMapping("/test/echo")
		String echo(@RequestBody String body) {
			return body;
		}

	}

	/** A module's refusal for now, as the catalog's while its search index is built. */
	@Refusal(status = HttpStatus.SERVICE_UNAVAILABLE, type = "starting")
	static class Starting extends RuntimeException {

		Starting() {
			super("Starting; try again in a few seconds");
		}

	}

}
