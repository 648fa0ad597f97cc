package app.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.catalog.Sku;
import app.users.Customers;
import app.users.Customers.SignedIn;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Shops over HTTP as a client does, for tests: fills carts, checks out, follows an order
 * until the saga has finished with it.
 */
public final class Shop {

	/** The sandbox processor's test cards. */
	public static final String APPROVED = "test-card-approved";

	public static final String DECLINED = "test-card-declined";

	public static final String INSUFFICIENT_FUNDS = "test-card-insufficient-funds";

	public static final String TIMES_OUT = "test-card-timeout";

	public static final String CHARGED_THEN_TIMES_OUT = "test-card-charged-then-timeout";

	public static final String ADDRESS = """
			{"recipient": "Jane Doe", "line1": "Main Street 1", "postalCode": "10115", "city": "Berlin", "country": "DE"}""";

	/** Where an order rests until a customer or an administrator moves it on. */
	private static final Set<String> SETTLED = Set.of("CONFIRMED", "CANCELLED", "SHIPPED", "DELIVERED");

	private final MockMvcTester mvc;

	public Shop(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public SignedIn newCustomer() {
		return Customers.newCustomer(mvc);
	}

	public SignedIn admin() {
		return Customers.logIn(mvc, "admin@agora.test", "test-only-secret-9f2c");
	}

	public MvcTestResult addToCart(SignedIn customer, Sku sku, int quantity) {
		return mvc.post()
			.uri("/api/cart/lines")
			.header("Authorization", customer.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku": "%s", "quantity": %d}""".formatted(sku, quantity))
			.exchange();
	}

	public MvcTestResult checkOut(SignedIn customer, String idempotencyKey, String checkoutBody) {
		return mvc.post()
			.uri("/api/orders")
			.header("Authorization", customer.bearer())
			.header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(checkoutBody)
			.exchange();
	}

	public static String checkoutWith(String paymentToken) {
		return """
				{"shippingAddress": %s, "paymentToken": "%s"}""".formatted(ADDRESS, paymentToken);
	}

	public static String checkoutWithoutCard() {
		return """
				{"shippingAddress": %s}""".formatted(ADDRESS);
	}

	/** Fills the customer's cart with the given units of one SKU and checks it out. */
	public String order(SignedIn customer, Sku sku, int quantity, String paymentToken) {
		assertThat(addToCart(customer, sku, quantity)).hasStatusOk();
		var placed = checkOut(customer, UUID.randomUUID().toString(), checkoutWith(paymentToken));
		assertThat(placed).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(body(placed), "$.id");
	}

	/**
	 * Fills the customer's cart with the given units of one SKU, checks it out without a
	 * card and waits until the order's stock is reserved: an order waiting for its card.
	 */
	public String unpaidOrder(SignedIn customer, Sku sku, int quantity) {
		assertThat(addToCart(customer, sku, quantity)).hasStatusOk();
		var placed = checkOut(customer, UUID.randomUUID().toString(), checkoutWithoutCard());
		String id = JsonPath.read(body(placed), "$.id");
		awaitStatus(customer, id, Set.of("AWAITING_PAYMENT"));
		return id;
	}

	public MvcTestResult get(SignedIn caller, String path) {
		return mvc.get().uri(path).header("Authorization", caller.bearer()).exchange();
	}

	public MvcTestResult post(SignedIn caller, String path) {
		return mvc.post().uri(path).header("Authorization", caller.bearer()).exchange();
	}

	public MvcTestResult post(SignedIn caller, String path, String json) {
		return mvc.post()
			.uri(path)
			.header("Authorization", caller.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/** The order as its customer sees it, once the saga has settled it. */
	public String settled(SignedIn customer, String orderId) {
		return awaitStatus(customer, orderId, SETTLED);
	}

	/** The order as its customer sees it, once it reached one of the statuses. */
	public String awaitStatus(SignedIn customer, String orderId, Set<String> statuses) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(25))
			.until(() -> body(get(customer, "/api/orders/" + orderId)),
					order -> statuses.contains(JsonPath.<String>read(order, "$.status")));
	}

	/** The order once its payment reached one of the statuses. */
	public String awaitPayment(SignedIn customer, String orderId, String paymentStatus) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(25))
			.until(() -> body(get(customer, "/api/orders/" + orderId)),
					order -> paymentStatus.equals(JsonPath.read(order, "$.payment.status")));
	}

	/** On hand, reserved and available units of a SKU, as an administrator sees them. */
	public List<Integer> stock(SignedIn admin, Sku sku) {
		var level = body(get(admin, "/api/catalog/inventory/" + sku));
		return List.of(JsonPath.read(level, "$.onHand"), JsonPath.read(level, "$.reserved"),
				JsonPath.read(level, "$.available"));
	}

	/**
	 * Waits until the catalog has carried out the saga's last stock command: on hand and
	 * reserved as given, and always on hand = available + reserved.
	 */
	public void awaitStock(SignedIn admin, Sku sku, int onHand, int reserved) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(stock(admin, sku)).containsExactly(onHand, reserved, onHand - reserved));
	}

	public static String body(MvcTestResult result) {
		return Customers.body(result);
	}

}
