package app.users;

import static app.users.Customers.PASSWORD;
import static app.users.Customers.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import app.Concurrently;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Registration, log-in, refresh and log-out over HTTP, as a client goes through them. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class SignInTests {

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	private final MockMvcTester mvc;

	SignInTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void registersLogsInCallsAProtectedEndpointRefreshesAndLogsOut(PublishedEvents events) {
		var email = unique();
		Customers.register(mvc, email, PASSWORD);
		assertThat(events.ofType(UserRegistered.class).matching(it -> it.email().equals(email))).hasSize(1);

		var login = logIn(email, PASSWORD);
		assertThat(login).hasStatusOk();
		assertThat(login).bodyJson().extractingPath("$.tokenType").isEqualTo("Bearer");
		var access = (String) JsonPath.read(body(login), "$.accessToken");
		var refresh = (String) JsonPath.read(body(login), "$.refreshToken");

		var me = mvc.get().uri("/api/users/me").header("Authorization", "Bearer " + access).exchange();
		assertThat(me).hasStatusOk();
		assertThat(me).bodyJson().extractingPath("$.email").isEqualTo(email);
		assertThat(me).bodyJson().extractingPath("$.role").isEqualTo("CUSTOMER");
		assertThat(body(me)).doesNotContainIgnoringCase("password");

		var refreshed = refresh(refresh);
		assertThat(refreshed).hasStatusOk();
		var newAccess = (String) JsonPath.read(body(refreshed), "$.accessToken");
		var newRefresh = (String) JsonPath.read(body(refreshed), "$.refreshToken");
		assertThat(newRefresh).isNotEqualTo(refresh);
		assertThat(mvc.get().uri("/api/users/me").header("Authorization", "Bearer " + newAccess)).hasStatusOk();

		assertThat(mvc.post().uri("/api/users/logout").contentType(MediaType.APPLICATION_JSON).content("""
				{"refreshToken": "%s"}""".formatted(newRefresh))).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(refresh(newRefresh)).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(PROBLEM);
	}

	@Test
	void revokesTheWholeSessionWhenAUsedRefreshTokenComesBack() {
		var customer = Customers.newCustomer(mvc);
		var first = refresh(customer.refreshToken());
		var second = (String) JsonPath.read(body(first), "$.refreshToken");

		// Someone replays the token that was already traded in: a thief, or the user
		// after a thief.
		assertThat(refresh(customer.refreshToken())).hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:invalid-refresh-token");

		assertThat(refresh(second)).as("the legitimate successor dies with its family")
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(logIn(customer.email(), PASSWORD)).as("a new log-in still works").hasStatusOk();
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownEmailAlike() {
		var customer = Customers.newCustomer(mvc);

		var wrongPassword = logIn(customer.email(), "not the password at all");
		var unknownEmail = logIn(unique(), "not the password at all");

		assertThat(wrongPassword).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(PROBLEM);
		assertThat(unknownEmail).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(body(unknownEmail)).isEqualTo(body(wrongPassword));
	}

	@Test
	void answersARegistrationForAKnownEmailAsForANewOne(PublishedEvents events) {
		var email = unique();
		var first = register(email, PASSWORD);
		var again = register(email.toUpperCase(), "another long passphrase");

		assertThat(again).hasStatus(HttpStatus.ACCEPTED);
		assertThat(body(again)).isEqualTo(body(first));
		assertThat(events.ofType(UserRegistered.class).matching(it -> it.email().equals(email))).hasSize(1);
		assertThat(logIn(email, "another long passphrase")).as("the account is not taken over")
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(logIn(email.toUpperCase(), PASSWORD)).as("email addresses ignore case").hasStatusOk();
	}

	/**
	 * Whatever else a registration holds, it tells nothing about whether the address has
	 * an account: everything is validated before the address is looked up.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Jane\\u0000Doe", "Jane\\u0007Doe", "Jane\\u001b[31mDoe", "Jane\\u202eeoD", "Jane\\nDoe",
			"Jane Doe with a name of one hundred and one characters, which is one more than a name may have: 101!!" })
	void answersAnOddRegistrationForAKnownEmailAsForAnUnknownOne(String name) {
		var known = unique();
		Customers.register(mvc, known, PASSWORD);

		var forKnown = registerAs(known, name);
		var forUnknown = registerAs(unique(), name);

		assertThat(forKnown.getResponse().getStatus()).isEqualTo(forUnknown.getResponse().getStatus());
		assertThat(body(forKnown)).isEqualTo(body(forUnknown));
		assertThat(forKnown).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void refusesAWeakPasswordSayingWhy() {
		var email = "jane.doe." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

		var tooShort = register(email, "short");
		var common = register(email, "password1234");
		var containsEmail = register(email, email.substring(0, 17) + "!2024");
		var tooLong = register(email, "é".repeat(40));

		assertThat(tooShort).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(PROBLEM);
		assertThat(tooShort).bodyJson().extractingPath("$.errors[0].field").isEqualTo("password");
		assertThat(tooShort).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("must be at least 12 characters long");
		assertThat(common).bodyJson().extractingPath("$.errors[0].message").isEqualTo("is too easy to guess");
		assertThat(containsEmail).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("must not contain your email address");
		assertThat(tooLong).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.startsWith("must be at most 72 bytes");
		// Had any of them opened the account, a registration now would not take this
		// password.
		Customers.register(mvc, email, "a perfectly good passphrase");
		assertThat(logIn(email, "a perfectly good passphrase")).as("no account was opened before").hasStatusOk();
	}

	@Test
	void refusesAnInvalidRegistrationWithAnErrorPerField() {
		var result = mvc.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "not an email", "password": "", "name": ""}""").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(PROBLEM);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains("email", "name");
	}

	@Test
	void tradesARefreshTokenOnlyOnceWhenTwoClientsRaceWithIt() throws Exception {
		var customer = Customers.newCustomer(mvc);

		var results = Concurrently
			.run(List.<Callable<Integer>>of(() -> refresh(customer.refreshToken()).getResponse().getStatus(),
					() -> refresh(customer.refreshToken()).getResponse().getStatus()));

		assertThat(results).containsExactlyInAnyOrder(200, 401);
	}

	@Test
	void refusesAnUnknownRefreshToken() {
		assertThat(refresh("made-up")).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(PROBLEM);
	}

	@Test
	void needsAnAccessTokenForYourProfile() {
		var result = mvc.get().uri("/api/users/me").exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(PROBLEM)
			.containsHeader("WWW-Authenticate");
	}

	@Test
	void createsTheConfiguredFirstAdministrator() {
		var admin = logIn("admin@agora.test", "test-only-secret-9f2c");

		assertThat(admin).hasStatusOk();
		var access = (String) JsonPath.read(body(admin), "$.accessToken");
		assertThat(mvc.get().uri("/api/users/me").header("Authorization", "Bearer " + access)).bodyJson()
			.extractingPath("$.role")
			.isEqualTo("ADMIN");
	}

	@Test
	void documentsTheCallerAsABearerTokenNotAsAParameter() {
		var api = mvc.get().uri("/v3/api-docs").exchange();

		assertThat(api).hasStatusOk();
		assertThat(api).bodyJson().doesNotHavePath("$.paths['/api/users/me'].get.parameters");
		assertThat(api).bodyJson()
			.extractingPath("$.paths['/api/users/me'].get.security[0]")
			.asMap()
			.containsKey("bearerToken");
		assertThat(api).bodyJson()
			.extractingPath("$.components.securitySchemes.bearerToken.scheme")
			.isEqualTo("bearer");
	}

	private MvcTestResult registerAs(String email, String jsonName) {
		return mvc.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "%s", "password": "%s", "name": "%s"}""".formatted(email, PASSWORD, jsonName)).exchange();
	}

	private MvcTestResult register(String email, String password) {
		return Customers.attemptRegistration(mvc, email, password, "127.0.0.1");
	}

	private MvcTestResult logIn(String email, String password) {
		return Customers.attemptLogIn(mvc, email, password);
	}

	private MvcTestResult refresh(String refreshToken) {
		return Customers.attemptRefresh(mvc, refreshToken);
	}

	private static String unique() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

}
