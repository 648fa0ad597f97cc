package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import app.users.Customers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every error answer is a problem with a type, including those the servlet container or
 * the firewall give before Spring MVC sees the request. Sent as raw bytes over a socket,
 * because HTTP clients refuse to send most of these requests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ErrorAnswersTests {

	@LocalServerPort
	int port;

	private final MockMvcTester mvc;

	ErrorAnswersTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/catalog/products/%2F", "/api/catalog/%5Cproducts", "/api/catalog/products/%00",
			"/api/..%2Fcatalog/products", "/api/catalog/products/..;/x" })
	void answersAPathTheServerRefusesWithABadRequestProblem(String path) throws IOException {
		var answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer).satisfies(ErrorAnswersTests::isProblemOfItsStatus);
	}

	@Test
	void answersARequestLineOrHeadersOverTheLimitsWithABadRequestProblem() throws IOException {
		var longLine = send("GET /api/catalog/products?q=" + "a".repeat(20_000)
				+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		var longHeader = send("GET /api/catalog/products HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
				+ "\r\nConnection: close\r\n\r\n");

		for (var answer : new Answer[] { longLine, longHeader }) {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer).satisfies(ErrorAnswersTests::isProblemOfItsStatus);
		}
	}

	@Test
	void answersAHeaderTheFirewallRefusesWithABadRequestProblem() throws IOException {
		var customer = Customers.newCustomer(mvc);
		// An emoji, as a client sends it: UTF-8 bytes, which HTTP reads as Latin-1.
		var emoji = new String("😀".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

		var answer = send("POST /api/orders HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + customer.bearer()
				+ "\r\nIdempotency-Key: " + emoji + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
				+ "Connection: close\r\n\r\n{}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer).satisfies(ErrorAnswersTests::isProblemOfItsStatus);
	}

	@Test
	void answersTraceAndTheErrorPageItselfWithProblems() throws IOException {
		var trace = send("TRACE /api/catalog/products HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		var errorPage = send("GET /error HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(trace.status()).isEqualTo(405);
		assertThat(trace).satisfies(ErrorAnswersTests::isProblemOfItsStatus);
		assertThat(trace.body()).contains("\"instance\":\"/api/catalog/products\"");
		assertThat(errorPage.status()).isEqualTo(404);
		assertThat(errorPage).satisfies(ErrorAnswersTests::isProblemOfItsStatus);
	}

	@Test
	void givesSpringMvcsOwnRefusalsATypeToo() throws IOException {
		var customer = Customers.newCustomer(mvc);
		var unsupported = send("POST /api/users HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
				+ "Content-Length: 1\r\nConnection: close\r\n\r\nx");
		var notAcceptable = send(
				"GET /api/catalog/products HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
		var notAllowed = send("DELETE /api/users/me/addresses HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
				+ customer.bearer() + "\r\nConnection: close\r\n\r\n");

		assertThat(unsupported.status()).isEqualTo(415);
		assertThat(notAcceptable.status()).isEqualTo(406);
		assertThat(notAllowed.status()).isEqualTo(405);
		for (var answer : new Answer[] { unsupported, notAcceptable, notAllowed }) {
			assertThat(answer).satisfies(ErrorAnswersTests::isProblemOfItsStatus);
		}
	}

	@Test
	void answersHeadWhereverGetIsAnsweredAndOptionsWithoutAToken() throws IOException {
		for (var path : new String[] { "/actuator/health", "/api/catalog/products", "/api/catalog/categories" }) {
			assertThat(send("HEAD " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").status())
				.as("HEAD %s", path)
				.isEqualTo(200);
		}
		assertThat(send("HEAD /api/cart HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").status())
			.as("HEAD of what needs a user, without one")
			.isEqualTo(401);

		var options = send("OPTIONS /api/catalog/products HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.headers().get("allow")).contains("GET", "POST");
	}

	private static void isProblemOfItsStatus(Answer answer) {
		assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"type\":\"urn:agora:problem:")
			.contains("\"status\":" + answer.status())
			.doesNotContain("<html", "Exception");
	}

	private Answer send(String request) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return Answer.read(socket.getInputStream());
		}
	}

	/**
	 * An HTTP answer as it came over the wire: status, headers (lower-case names), body.
	 */
	record Answer(int status, Map<String, String> headers, String body) {

		static Answer read(InputStream in) throws IOException {
			var bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			var text = bytes.toString(StandardCharsets.UTF_8);
			var head = text.substring(0, text.indexOf("\r\n\r\n"));
			var lines = head.split("\r\n");
			var headers = new LinkedHashMap<String, String>();
			for (int i = 1; i < lines.length; i++) {
				var colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
			var body = text.substring(head.length() + 4);
			if ("chunked".equals(headers.get("transfer-encoding"))) {
				body = unchunked(body);
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
		}

		private static String unchunked(String chunked) {
			var body = new StringBuilder();
			var rest = chunked;
			while (true) {
				var end = rest.indexOf("\r\n");
				int size = Integer.parseInt(rest.substring(0, end).strip(), 16);
				if (size == 0) {
					return body.toString();
				}
				body.append(rest, end + 2, end + 2 + size);
				rest = rest.substring(end + 2 + size + 2);
			}
		}

	}

}
