package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import app.database.SharedTestDatabase;
import app.notifications.email.Email;
import app.notifications.email.EmailSender;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * SIGTERM while the shop is sending an email to a slow mail server: it stops taking
 * requests first (the web server closes its port while the email is still on its way),
 * then lets the send finish and records it, and is gone within Kubernetes' grace period
 * of 30 s. The notification dispatcher once stopped first, waiting for its whole batch
 * while the shop went on taking orders.
 */
class ShutdownTests {

	static final CountDownLatch sending = new CountDownLatch(1);

	static final CountDownLatch mailServerAnswers = new CountDownLatch(1);

	@Test
	void stopsTakingRequestsBeforeItStopsItsBackgroundWorkAndFinishesTheSendUnderWay() throws Exception {
		var database = SharedTestDatabase.newDatabase();
		var shop = ShopProcesses.start(database, SlowMailServer.class);
		int port = ShopProcesses.port(shop);
		var email = "shutdown-" + UUID.randomUUID() + "@example.com";
		var registered = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"email": "%s", "password": "a long and unusual passphrase", "name": "Jane Doe"}"""
					.formatted(email)))
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(registered.statusCode()).isEqualTo(202);
		assertThat(sending.await(30, TimeUnit.SECONDS)).as("the welcome email is being sent").isTrue();

		var closed = CompletableFuture.runAsync(shop::close);

		// The web server stops taking connections while the email is still being sent.
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> refusesConnections(port));
		assertThat(closed).as("still finishing the send").isNotDone();
		mailServerAnswers.countDown();
		closed.get(30, TimeUnit.SECONDS);

		assertThat(welcomeStatus(database, email)).as("the email sent during shutdown is recorded").isEqualTo("SENT");
	}

	private static boolean refusesConnections(int port) {
		try (var socket = new Socket("localhost", port)) {
			return false;
		}
		catch (IOException refused) {
			return true;
		}
	}

	private static String welcomeStatus(Map<String, String> database, String email) {
		var jdbc = JdbcClient.create(new DriverManagerDataSource(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), ""));
		return jdbc.sql("""
				SELECT n.status FROM notifications.notifications n
				JOIN notifications.contacts c ON c.user_id = n.customer_id
				WHERE c.email = ?""").param(email).query(String.class).single();
	}

	@Configuration(proxyBeanMethods = false)
	static class SlowMailServer {

		@Bean
		static BeanPostProcessor slowMail() {
			return ShopProcesses.wrapping(EmailSender.class, Slow::new);
		}

	}

	/** Holds the test customer's email until the test lets the mail server answer. */
	record Slow(EmailSender sender) implements EmailSender {

		@Override
		public void send(Email email) {
			if (!email.to().startsWith("shutdown-")) {
				sender.send(email);
				return;
			}
			sending.countDown();
			try {
				mailServerAnswers.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while sending", ex);
			}
			sender.send(email);
		}

	}

}
