package app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends requests to the running shop over a real connection, as clients do, so that what
 * Tomcat and the servlet filters answer before Spring MVC is heard too.
 */
final class ApiClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI base;

	private int sent;

	ApiClient(int port) {
		this.base = URI.create("http://localhost:" + port);
	}

	/** An answer as it came: status, media type and body text. */
	record Answer(int status, Optional<String> contentType, String body, HttpHeaders headers) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		@Override
		public String toString() {
			var shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
			return status + " " + contentType.orElse("(no Content-Type)") + (shown.isEmpty() ? "" : " " + shown);
		}

	}

	Answer send(ApiCall call) {
		var request = HttpRequest.newBuilder(URI.create(base + call.target()))
			.timeout(Duration.ofSeconds(30))
			.method(call.method(),
					call.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(call.body()));
		call.headers().forEach(request::header);
		return send(request.build());
	}

	/** A plain JSON request, for setting the shop up. */
	Answer send(String method, String path, @Nullable Caller caller, @Nullable Object body) {
		return send(method, path, caller, body, Map.of());
	}

	Answer send(String method, String path, @Nullable Caller caller, @Nullable Object body,
			Map<String, String> headers) {
		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		headers.forEach(request::header);
		if (caller != null && caller.bearer() != null) {
			request.header("Authorization", caller.bearer());
		}
		if (body == null) {
			request.method(method, BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method,
						BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
		}
		return send(request.build());
	}

	/** How many requests this client has sent. */
	int sent() {
		return sent;
	}

	private Answer send(HttpRequest request) {
		sent++;
		try {
			var response = http.send(request, BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type"), response.body(),
					response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " got no answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
