package app.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import app.Clients;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A client that sends too much is answered 429 with the time to wait; a password guesser
 * much sooner, on every instance alike.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(AccessTokenTests.TestEndpoints.class)
@TestPropertySource(properties = { "agora.gateway.rate-limits.credentials.capacity=3",
		"agora.gateway.rate-limits.credentials.period=10m", "agora.gateway.rate-limits.general.capacity=20",
		"agora.gateway.rate-limits.general.period=1h" })
class RateLimitTests {

	private final MockMvcTester mvc;

	private final AccessTokens tokens;

	private final GatewaySettings settings;

	private final DataSource dataSource;

	RateLimitTests(MockMvcTester mvc, AccessTokens tokens, GatewaySettings settings, DataSource dataSource) {
		this.mvc = mvc;
		this.tokens = tokens;
		this.settings = settings;
		this.dataSource = dataSource;
	}

	@Test
	void locksOutAnAddressThatTriesTooManyPasswords() {
		var address = uniqueAddress();
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(signIn(address)).as("attempt %d", attempt).hasStatusOk();
		}

		var locked = signIn(address);

		assertThat(locked).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:too-many-requests");
		// 10 minutes for 3 attempts: the next one is a little over 3 minutes away.
		assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After"))).isBetween(190L, 200L);
		assertThat(signIn(uniqueAddress())).as("another address is not locked out").hasStatusOk();
		assertThat(get("/test/public", address)).as("other endpoints stay open").hasStatusOk();
	}

	@Test
	void countsCredentialAttemptsInTheDatabaseSoThatEveryInstanceSharesThem() {
		var address = uniqueAddress();
		var otherInstance = new RateLimits(settings, dataSource);
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(otherInstance.takeCredentialAttempt(address).isConsumed()).isTrue();
		}

		assertThat(signIn(address)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void aDatabaseThatDropsTheConnectionUnderTheCredentialsLimitIsSaidToBeUnavailable() throws Exception {
		// Bucket4j's rollback of a statement on a dropped connection fails too, without a
		// SQL state, and its exception hid why: the log-in was answered 500, not 503.
		var dropped = Mockito.mock(DataSource.class);
		Mockito.when(dropped.getConnection()).thenThrow(new SQLException("Connection is closed"));
		var limits = new RateLimits(settings, dropped);

		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> limits.takeCredentialAttempt(uniqueAddress()));
	}

	@Test
	void limitsEveryClientInGeneralAndCountsASignedInOneByAccount() {
		var address = uniqueAddress();
		for (int request = 1; request <= 20; request++) {
			assertThat(get("/test/public", address)).as("request %d", request).hasStatusOk();
		}
		assertThat(get("/test/public", address)).hasStatus(HttpStatus.TOO_MANY_REQUESTS).containsHeader("Retry-After");

		// Same address, but signed in: counted against the account, which has its whole
		// allowance.
		var token = tokens.issue(UUID.randomUUID(), List.of("CUSTOMER")).value();
		assertThat(
				mvc.get().uri("/test/signed-in").header("Authorization", "Bearer " + token).with(Clients.from(address)))
			.hasStatusOk();
	}

	@Test
	void countsRequestsWithABadTokenAgainstTheirAddress() {
		var address = uniqueAddress();
		for (int request = 1; request <= 20; request++) {
			assertThat(mvc.get()
				.uri("/test/signed-in")
				.header("Authorization", "Bearer guessed." + request)
				.with(Clients.from(address))).as("request %d", request).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		assertThat(mvc.get()
			.uri("/test/signed-in")
			.header("Authorization", "Bearer guessed.21")
			.with(Clients.from(address))).hasStatus(HttpStatus.TOO_MANY_REQUESTS).containsHeader("Retry-After");
	}

	private MvcTestResult signIn(String address) {
		return mvc.post().uri("/test/sign-in").with(Clients.from(address)).exchange();
	}

	private MvcTestResult get(String path, String address) {
		return mvc.get().uri(path).with(Clients.from(address)).exchange();
	}

	private static String uniqueAddress() {
		var random = UUID.randomUUID().getLeastSignificantBits();
		return "10." + (random & 0xff) + "." + ((random >> 8) & 0xff) + "." + ((random >> 16) & 0xff);
	}

}
