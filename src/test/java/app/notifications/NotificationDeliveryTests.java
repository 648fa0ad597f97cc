package app.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.orders.Shop;
import app.users.Customers.SignedIn;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Notifications delivered for real: email to an SMTP server running in the test JVM
 * (GreenMail), text messages to an SMS provider's webhook (WireMock). A mail server that
 * is down is tried again with backoff until the notification fails for good, visible to
 * administrators, while the order goes on as if nothing happened; retried once the server
 * is back, it arrives.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "agora.notifications.max-attempts=3",
		"agora.notifications.email.timeout=2s" })
@AutoConfigureMockMvc
class NotificationDeliveryTests {

	/** A port of its own, kept when the server is stopped and started again. */
	static final int SMTP_PORT = freePort();

	static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@RegisterExtension
	static WireMockExtension webhook = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("agora.notifications.sms.webhook-url", () -> webhook.baseUrl() + "/sms");
		properties.add("agora.notifications.sms.webhook-token", () -> "test-only-webhook-token");
	}

	@BeforeAll
	static void startSmtp() {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	private final MockMvcTester mvc;

	private final Shop shop;

	private final Outbox outbox;

	private final Catalog catalog;

	NotificationDeliveryTests(MockMvcTester mvc, Catalog catalog) {
		this.mvc = mvc;
		this.shop = new Shop(mvc);
		this.outbox = new Outbox(shop);
		this.catalog = catalog;
	}

	@Test
	void welcomesANewCustomerByEmail() throws Exception {
		var customer = shop.newCustomer();

		var welcome = awaitEmail(customer, "Welcome to Agora");

		assertThat(welcome.getFrom()).extracting(Object::toString).containsExactly("Agora <notifications@agora.local>");
		var parts = parts(welcome);
		assertThat(parts.get("text/plain")).contains("Hello Test Customer,").contains(customer.email());
		assertThat(parts.get("text/html")).contains("Hello <span>Test Customer</span>,");
		assertThat(outbox.mailbox(customer.email())).as("the dev mailbox, unused with SMTP").isEmpty();
	}

	@Test
	void emailsTheConfirmationWithTheOrderLinesAndTotal() throws Exception {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();

		var order = shop.settled(customer, shop.order(customer, sku, 2, Shop.APPROVED));

		var confirmation = awaitEmail(customer, "Your order is confirmed");
		var email = outbox.await(customer.id(), "order-confirmed", "EMAIL", "SENT");
		assertThat(confirmation.getMessageID()).isEqualTo("<" + email.get("id") + "@notifications.agora>");
		var parts = parts(confirmation);
		assertThat(parts.get("text/plain")).contains("2 x Stocked product, 10.00 EUR each: 20.00 EUR")
			.contains("Total: 20.00 EUR")
			.contains((String) JsonPath.read(order, "$.id"));
		assertThat(parts.get("text/html")).contains(">Stocked product</td>")
			.contains(">2</td>")
			.contains(">10.00 EUR</td>")
			.contains(">20.00 EUR</td>")
			.contains(">20.00 EUR</th>");
	}

	@Test
	void textsACustomerWhoOptedInThroughTheWebhookAndNoOneElse() {
		webhook.stubFor(post("/sms").willReturn(aResponse().withStatus(202)));
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var optedIn = shop.newCustomer();
		var optedOut = shop.newCustomer();
		changeContact(optedIn, "+4915100000001", true);
		changeContact(optedOut, "+4915100000002", false);

		shop.settled(optedIn, shop.order(optedIn, sku, 1, Shop.APPROVED));
		shop.settled(optedOut, shop.order(optedOut, sku, 1, Shop.APPROVED));

		outbox.await(optedIn.id(), "order-confirmed", "SMS", "SENT");
		outbox.await(optedOut.id(), "order-confirmed", "SMS", "SKIPPED");
		outbox.await(optedOut.id(), "order-confirmed", "EMAIL", "SENT");
		webhook
			.verify(1,
					postRequestedFor(urlEqualTo("/sms"))
						.withHeader("Authorization",
								com.github.tomakehurst.wiremock.client.WireMock
									.equalTo("Bearer test-only-webhook-token"))
						.withRequestBody(matchingJsonPath("$.to", equalTo("+4915100000001")))
						.withRequestBody(matchingJsonPath("$.text", containing("is confirmed"))));
		webhook.verify(0, postRequestedFor(urlEqualTo("/sms"))
			.withRequestBody(matchingJsonPath("$.to", equalTo("+4915100000002"))));
	}

	@Test
	void retriesAMailServerThatIsDownAndFailsForGoodWithoutHoldingUpTheOrder() throws Exception {
		var sku = CatalogFixtures.stockedProduct(catalog, 10);
		var customer = shop.newCustomer();
		awaitEmail(customer, "Welcome to Agora");
		smtp.stop();
		try {
			var order = shop.settled(customer, shop.order(customer, sku, 1, Shop.APPROVED));

			assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("CONFIRMED");
			var failed = outbox.await(customer.id(), "order-confirmed", "EMAIL", "FAILED");
			assertThat(failed).containsEntry("attempts", 3).doesNotContainKey("recipient");
			assertThat((String) failed.get("detail")).containsIgnoringCase("connect");
			assertThat(shop.get(shop.admin(), "/api/notifications?status=FAILED&customer=" + customer.id())).bodyJson()
				.extractingPath("$.content[*].id")
				.asArray()
				.containsExactly(failed.get("id"));
		}
		finally {
			smtp.start();
		}
		var failed = outbox.find(customer.id(), "order-confirmed", "EMAIL");

		assertThat(shop.post(shop.admin(), "/api/notifications/" + failed.get("id") + "/retry")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("PENDING");

		assertThat(parts(awaitEmail(customer, "Your order is confirmed")).get("text/plain"))
			.contains("1 x Stocked product");
		assertThat(outbox.await(customer.id(), "order-confirmed", "EMAIL", "SENT")).containsEntry("attempts", 1);
	}

	private void changeContact(SignedIn customer, String phone, boolean sms) {
		assertThat(mvc.put()
			.uri("/api/users/me")
			.header("Authorization", customer.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Test Customer", "email": "%s", "phone": "%s", "smsNotifications": %s}"""
				.formatted(customer.email(), phone, sms))
			.exchange()).hasStatusOk();
		// Its notification goes out once the copy of the details has changed.
		outbox.await(customer.id(), "contact-changed", "EMAIL", "SENT");
	}

	private static MimeMessage awaitEmail(SignedIn customer, String subject) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> find(customer.email(), subject), it -> it != null);
	}

	private static MimeMessage find(String to, String subject) throws MessagingException {
		for (var message : smtp.getReceivedMessages()) {
			if (subject.equals(message.getSubject()) && message.getAllRecipients()[0].toString().equals(to)) {
				return message;
			}
		}
		return null;
	}

	/** The message's parts by content type, such as {@code text/plain}. */
	private static Map<String, String> parts(Part part) throws MessagingException, IOException {
		var parts = new HashMap<String, String>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				parts.putAll(parts(body));
			}
		}
		else {
			parts.put(part.getContentType().split(";")[0].strip().toLowerCase(), part.getContent().toString());
		}
		return parts;
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
