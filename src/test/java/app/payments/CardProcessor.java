package app.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;

/**
 * A remote card processor with books, played by WireMock for tests: it speaks the API of
 * payments' HTTP gateway (charges, lookups by idempotency key, refunds), remembers every
 * charge and refund under its key and answers a key it has seen with its first answer, as
 * a real processor does. Its faults are switched at any moment: down (503, moving no
 * money), slow (charges, then answers after the client gave up) or resetting the
 * connection after charging; lookups can be down on their own. The books then tell what
 * money really moved for an order. The card {@value #DECLINED_CARD} is declined.
 */
public final class CardProcessor implements ResponseDefinitionTransformerV2 {

	public static final String DECLINED_CARD = "tok_declined";

	/** How the processor treats requests now. */
	public enum Mode {

		/** Answers at once. */
		UP,

		/** Answers 503 and moves no money. */
		DOWN,

		/**
		 * Takes longer than any client waits to carry a charge out, and answers then: a
		 * lookup or a repeated request meanwhile does not see it yet (a repeat is told
		 * 409, under way).
		 */
		SLOW,

		/** Carries the request out, then drops the connection without answering. */
		RESET

	}

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern CHARGE = Pattern.compile("\"charge\"\\s*:\\s*\"([^\"]*)\"");

	private final Duration slowAnswer;

	private final Map<String, Charge> charges = new ConcurrentHashMap<>();

	private final Map<String, String> refunds = new ConcurrentHashMap<>();

	private volatile Mode chargesMode = Mode.UP;

	private volatile Mode lookupsMode = Mode.UP;

	/**
	 * @param slowAnswer how late a slow processor answers: longer than the gateway's
	 * timeout
	 */
	public CardProcessor(Duration slowAnswer) {
		this.slowAnswer = slowAnswer;
	}

	/** A WireMock server on a free port playing this processor. */
	public WireMockExtension server() {
		return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(this)).build();
	}

	/**
	 * Lets every request reach the books; call before each test (WireMock resets stubs).
	 */
	public static void serve(WireMockExtension server) {
		server.stubFor(any(anyUrl()).willReturn(ok()));
	}

	/** How charges and refunds are treated from now on. */
	public void charges(Mode mode) {
		this.chargesMode = mode;
	}

	/** How lookups by key are treated from now on. */
	public void lookups(Mode mode) {
		this.lookupsMode = mode;
	}

	/** Charges approved for the order: money taken. */
	public long charged(UUID orderId) {
		return charges.values().stream().filter(it -> it.approved() && it.order().equals(orderId.toString())).count();
	}

	/** Refunds made of the order's charges: money given back. */
	public long refunded(UUID orderId) {
		return refunds.values()
			.stream()
			.filter(charge -> charges.values()
				.stream()
				.anyMatch(it -> it.id().equals(charge) && it.order().equals(orderId.toString())))
			.count();
	}

	@Override
	public String getName() {
		return "card-processor";
	}

	@Override
	public ResponseDefinition transform(ServeEvent event) {
		var request = event.getRequest();
		var path = request.getUrl().split("\\?")[0];
		var key = request.getHeader("Idempotency-Key");
		if (request.getMethod().getName().equals("GET") && path.equals("/v1/charges")) {
			return lookUp(request.queryParameter("idempotency_key").firstValue());
		}
		if (request.getMethod().getName().equals("POST") && path.equals("/v1/charges")) {
			return charge(key, request.getBodyAsString());
		}
		if (request.getMethod().getName().equals("POST") && path.equals("/v1/refunds")) {
			return refund(key, request.getBodyAsString());
		}
		return aResponse().withStatus(404).build();
	}

	private ResponseDefinition charge(String key, String body) {
		var mode = chargesMode;
		if (mode == Mode.DOWN) {
			return aResponse().withStatus(503).build();
		}
		long done = System.nanoTime() + (mode == Mode.SLOW ? slowAnswer.toNanos() : 0);
		var charge = charges.computeIfAbsent(key, it -> new Charge("ch_" + UUID.randomUUID(), find(REFERENCE, body),
				!DECLINED_CARD.equals(find(TOKEN, body)), done));
		if (!charge.isDone()) {
			return json(409, "{\"code\": \"in_progress\", \"message\": \"A request with this key is under way.\"}")
				.build();
		}
		var answer = charge.approved()
				? json(201, "{\"id\": \"%s\", \"status\": \"approved\", \"last4\": \"4242\"}".formatted(charge.id()))
				: json(402, "{\"code\": \"card_declined\", \"message\": \"Declined by the issuer.\"}");
		return late(answer, mode);
	}

	private ResponseDefinition lookUp(String key) {
		if (lookupsMode == Mode.DOWN) {
			return aResponse().withStatus(503).build();
		}
		var charge = charges.get(key);
		if (charge == null || !charge.isDone()) {
			return json(404, "{\"code\": \"no_such_charge\", \"message\": \"No charge under this key.\"}").build();
		}
		return late(
				charge.approved()
						? json(200,
								"{\"id\": \"%s\", \"status\": \"approved\", \"last4\": \"4242\"}"
									.formatted(charge.id()))
						: json(200,
								"{\"status\": \"declined\", \"code\": \"card_declined\", \"message\": \"Declined.\"}"),
				lookupsMode);
	}

	private ResponseDefinition refund(String key, String body) {
		var mode = chargesMode;
		if (mode == Mode.DOWN) {
			return aResponse().withStatus(503).build();
		}
		var charge = find(CHARGE, body);
		if (charges.values().stream().noneMatch(it -> it.id().equals(charge) && it.approved())) {
			return json(404, "{\"code\": \"no_such_charge\", \"message\": \"No such charge.\"}").build();
		}
		refunds.putIfAbsent(key, charge);
		return late(json(201, "{\"id\": \"re_" + key.hashCode() + "\"}"), mode);
	}

	private ResponseDefinition late(ResponseDefinitionBuilder answer, Mode mode) {
		return switch (mode) {
			case SLOW -> answer.withFixedDelay((int) slowAnswer.toMillis()).build();
			case RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
			default -> answer.build();
		};
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static String find(Pattern pattern, @Nullable String body) {
		var matcher = pattern.matcher(body == null ? "" : body);
		return matcher.find() ? matcher.group(1) : "";
	}

	/**
	 * A charge the processor carries out until {@code doneAt} ({@link System#nanoTime}).
	 */
	private record Charge(String id, String order, boolean approved, long doneAt) {

		boolean isDone() {
			return System.nanoTime() - doneAt >= 0;
		}

	}

}
