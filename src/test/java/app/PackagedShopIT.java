package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployable artifact itself: {@code java -jar} with no database configured starts
 * its own PostgreSQL, serves the demo shop, and on SIGTERM (what Ctrl-C, Kubernetes and
 * systemd send) stops PostgreSQL with it.
 */
class PackagedShopIT {

	private static final Duration STARTUP = Duration.ofSeconds(90);

	private static final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path work;

	private Process shop;

	@Test
	void runsTheEmbeddedDefaultAndStopsPostgresWithIt() throws Exception {
		int port = freePort();
		var data = work.resolve("data");
		var log = work.resolve("shop.log");
		shop = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				System.getProperty("agora.jar"), "--server.port=" + port,
				"--agora.database.embedded.data-directory=" + data))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();

		awaitReady(port, log);
		var search = get(port, "/api/catalog/products?q=runing%20shoe&size=5");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains("Running Shoes");

		shop.destroy();
		assertThat(shop.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
		assertThat(Files.readString(log)).contains("server stopped");
		assertThat(postgresServing(data)).as("PostgreSQL left running on " + data).isFalse();
	}

	@AfterEach
	void stopShop() {
		if (shop != null && shop.isAlive()) {
			shop.destroyForcibly();
		}
	}

	private void awaitReady(int port, Path log) throws Exception {
		var deadline = Instant.now().plus(STARTUP);
		while (Instant.now().isBefore(deadline)) {
			assertThat(shop.isAlive()).as("shop running; its log:%n%s", Files.readString(log)).isTrue();
			try {
				if (get(port, "/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// keep waiting
			}
			Thread.sleep(500);
		}
		throw new AssertionError("Not ready within " + STARTUP + "; log:\n" + Files.readString(log));
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static boolean postgresServing(Path data) {
		return ProcessHandle.allProcesses()
			.anyMatch(process -> process.info()
				.commandLine()
				.map(line -> line.contains("postgres") && line.contains(data.toString()))
				.orElse(false));
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
