package app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import app.Clients;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Registers and logs in customers over HTTP, as a client does, for tests. */
public final class Customers {

	public static final String PASSWORD = "a long and unusual passphrase";

	private Customers() {
	}

	/** A signed-in user: their account id and the tokens of their session. */
	public record SignedIn(String email, UserId id, String accessToken, String refreshToken) {

		public String bearer() {
			return "Bearer " + accessToken;
		}

	}

	/** Registers a new customer with a unique email address and logs them in. */
	public static SignedIn newCustomer(MockMvcTester mvc) {
		var email = "customer-" + UUID.randomUUID() + "@example.com";
		register(mvc, email, PASSWORD);
		return logIn(mvc, email, PASSWORD);
	}

	public static void register(MockMvcTester mvc, String email, String password) {
		assertThat(attemptRegistration(mvc, email, password, "127.0.0.1")).hasStatus(HttpStatus.ACCEPTED);
	}

	/**
	 * A registration, answered however the shop answers it, sent from the given address.
	 */
	public static MvcTestResult attemptRegistration(MockMvcTester mvc, String email, String password, String address) {
		return mvc.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "%s", "password": "%s", "name": "Test Customer"}""".formatted(email, password))
			.with(Clients.from(address))
			.exchange();
	}

	/** A log-in, answered however the shop answers it. */
	public static MvcTestResult attemptLogIn(MockMvcTester mvc, String email, String password) {
		return mvc.post().uri("/api/users/login").contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "%s", "password": "%s"}""".formatted(email, password)).exchange();
	}

	/** A refresh, answered however the shop answers it. */
	public static MvcTestResult attemptRefresh(MockMvcTester mvc, String refreshToken) {
		return mvc.post().uri("/api/users/token").contentType(MediaType.APPLICATION_JSON).content("""
				{"refreshToken": "%s"}""".formatted(refreshToken)).exchange();
	}

	public static SignedIn logIn(MockMvcTester mvc, String email, String password) {
		var result = attemptLogIn(mvc, email, password);
		assertThat(result).hasStatusOk();
		var body = body(result);
		String access = JsonPath.read(body, "$.accessToken");
		String refresh = JsonPath.read(body, "$.refreshToken");
		var me = mvc.get().uri("/api/users/me").header("Authorization", "Bearer " + access).exchange();
		assertThat(me).hasStatusOk();
		String id = JsonPath.read(body(me), "$.id");
		return new SignedIn(email, new UserId(UUID.fromString(id)), access, refresh);
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
