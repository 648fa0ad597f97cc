package app;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.ApiClient.Answer;
import app.ApiDocument.ApiOperation;
import app.ApiDocument.ApiParameter;
import app.AuthorizationMatrixTests.Access;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The shop the contract test calls, set up over the API first: a customer and the
 * administrator with an address each, categories, products with stock, and orders in the
 * states that shipping, paying and cancelling need. It answers what the document cannot
 * know: which IDs exist, whose credentials are right, what a cart must hold before a
 * checkout. Valid requests built with its help reach the handlers and can succeed.
 */
final class ContractShop {

	static final String ADMIN_EMAIL = "admin@agora.test";

	static final String ADMIN_PASSWORD = "test-only-secret-9f2c";

	// Long, unusual and naming neither the account nor its owner: every password rule
	// passes.
	static final String PASSWORD = "a long and unusual passphrase";

	private static final String ADDRESS = """
			{"recipient": "Jane Doe", "line1": "Main Street 1", "postalCode": "10115", "city": "Berlin", "country": "DE"}""";

	private final ApiClient client;

	private final SchemaSamples samples;

	private final Caller customer;

	private final Caller admin;

	// Logs in whenever a fresh refresh token is needed; never a caller, so never
	// changed.
	private final Caller sessions;

	private final String customerId;

	// An account only the administrator's deleteAccount deletes.
	private final String victimId;

	private final Map<String, String> addresses = new HashMap<>();

	// Passwords that valid requests changed, by caller, until they are changed back.
	private final Map<String, String> passwords = new HashMap<>();

	private String rootCategory;

	private String childCategory;

	private String cartSku;

	private String cartProductId;

	private String stockSku;

	private String editableProductId;

	private String confirmedOrder;

	private String unpaidOrder;

	private String cancellableOrder;

	private String notification;

	private ContractShop(ApiClient client, SchemaSamples samples) {
		this.client = client;
		this.samples = samples;
		this.admin = logIn("administrator", Access.ADMIN, ADMIN_EMAIL, ADMIN_PASSWORD);
		this.customer = register("customer", Access.SIGNED_IN);
		this.customerId = idOf(customer);
		this.sessions = register("sessions", Access.SIGNED_IN);
		this.victimId = idOf(register("victim", Access.SIGNED_IN));
	}

	static ContractShop open(ApiClient client, SchemaSamples samples) {
		var shop = new ContractShop(client, samples);
		shop.stockTheCatalog();
		shop.placeOrders();
		shop.findANotification();
		return shop;
	}

	/** Nobody, a customer and an administrator, in the order they call each operation. */
	List<Caller> callers() {
		return List.of(Caller.ANONYMOUS, customer, admin);
	}

	/**
	 * The value of a path parameter that names something the caller may see, if the
	 * operation is theirs.
	 */
	String pathValue(ApiOperation operation, Caller caller, ApiParameter parameter) {
		return switch (operation.id() + " " + parameter.name()) {
			case "getCategory id" -> rootCategory;
			case "changeCategory id" -> childCategory;
			case "getStockLevel sku", "countStock sku" -> stockSku;
			case "getProductBySku sku", "changeCartLine sku", "removeFromCart sku" -> cartSku;
			case "boughtTogether id" -> cartProductId;
			case "getProduct id", "describeProduct id", "activateProduct id", "deactivateProduct id",
					"changePrice id" ->
				editableProductId;
			case "retryNotification id" -> notification;
			case "getOrder id", "shipOrder id", "deliverOrder id" -> confirmedOrder;
			case "payOrder id" -> unpaidOrder;
			case "cancelOrder id" -> cancellableOrder;
			case "getAddress addressId", "replaceAddress addressId", "removeAddress addressId" ->
				addresses.getOrDefault(caller.name(), addresses.get(customer.name()));
			case "getAccount id" -> customerId;
			case "deleteAccount id" -> victimId;
			default -> throw new IllegalStateException("No value for path parameter " + parameter.name() + " of "
					+ operation + ": teach ContractShop what exists");
		};
	}

	/**
	 * A body property's value where the document cannot know a good one: existing IDs and
	 * SKUs, new unique SKUs, the caller's own credentials, a live refresh token.
	 */
	Optional<JsonNode> knownValue(ApiOperation operation, Caller caller, String property) {
		var json = SchemaSamples.JSON;
		return Optional.ofNullable(switch (operation.id() + " " + property) {
			case "addCategory parentId", "changeCategory parentId", "addProduct categoryId",
					"describeProduct categoryId" ->
				json.stringNode(rootCategory);
			case "addProduct sku" -> json.stringNode("CONTRACT-" + samples.uuid().toString().substring(0, 8));
			case "addToCart sku" -> json.stringNode(cartSku);
			case "register password" -> json.stringNode(PASSWORD);
			case "logIn email" -> json.stringNode(sessions.email());
			case "logIn password" -> json.stringNode(sessions.password());
			case "refreshTokens refreshToken", "logOut refreshToken" -> json.stringNode(freshRefreshToken());
			case "changeContact email" -> caller.email() == null ? null : json.stringNode(caller.email());
			case "changePassword currentPassword", "changePassword newPassword" ->
				caller.password() == null ? null : json.stringNode(caller.password());
			default -> null;
		});
	}

	/**
	 * Whether any other value than the known one is wrong whatever the document allows: a
	 * wrong current password may be refused as invalid.
	 */
	boolean onlyTheKnownValueIsRight(ApiOperation operation, String property) {
		return (operation.id() + " " + property).equals("changePassword currentPassword");
	}

	/**
	 * Whether no request can succeed here: a notification is FAILED only after a mail
	 * server or SMS gateway failed, and tests have neither.
	 */
	static boolean cannotSucceed(ApiOperation operation) {
		return operation.id().equals("retryNotification");
	}

	/** A header's value where the document's example must not be reused. */
	Optional<String> knownHeader(ApiOperation operation, ApiParameter header) {
		// A key used again for another checkout is refused: each request gets its own.
		return header.name().equals("Idempotency-Key") ? Optional.of(samples.uuid().toString()) : Optional.empty();
	}

	/**
	 * Puts the caller's things in the state an operation needs to succeed: a cart that
	 * holds a product before it is changed or checked out, an empty one before adding,
	 * room for another address, the password the request names as the current one.
	 */
	void prepare(ApiOperation operation, Caller caller) {
		if (!caller.may(operation.access())) {
			return;
		}
		switch (operation.id()) {
			case "changePassword" -> restorePassword(caller);
			case "addToCart" -> expect(204, client.send("DELETE", "/api/cart", caller, null));
			case "addAddress" -> makeRoomForAnAddress(caller);
			case "changeCartLine", "removeFromCart", "clearCart", "checkOut" -> fillCart(caller);
			default -> {
			}
		}
	}

	/**
	 * Notes what an answer changed that later requests depend on: a password changed by a
	 * valid request that was not the known one.
	 */
	void answered(ApiCall call, Caller caller, Answer answer) {
		if (call.operation().id().equals("changePassword") && answer.status() == 204 && call.body() != null) {
			passwords.put(caller.name(), ApiClient.JSON.readTree(call.body()).path("newPassword").asString());
		}
	}

	private void restorePassword(Caller caller) {
		var current = passwords.getOrDefault(caller.name(), caller.password());
		if (!current.equals(caller.password())) {
			expect(204, client.send("PUT", "/api/users/me/password", caller,
					Map.of("currentPassword", current, "newPassword", caller.password())));
			passwords.remove(caller.name());
		}
	}

	/** An account keeps at most ten addresses: all but the fixture's go. */
	private void makeRoomForAnAddress(Caller caller) {
		for (var address : expect(200, client.send("GET", "/api/users/me/addresses", caller, null))) {
			var id = address.path("id").asString();
			if (!id.equals(addresses.get(caller.name()))) {
				expect(204, client.send("DELETE", "/api/users/me/addresses/" + id, caller, null));
			}
		}
	}

	private void stockTheCatalog() {
		rootCategory = expect(201, client.send("POST", "/api/catalog/categories", admin,
				Map.of("name", samples.uniqueText("Contract root"))))
			.path("id")
			.asString();
		childCategory = expect(201,
				client.send("POST", "/api/catalog/categories", admin,
						Map.of("name", samples.uniqueText("Contract child"), "parentId", rootCategory)))
			.path("id")
			.asString();
		var cartProduct = addProduct("CONTRACT-CART");
		cartSku = cartProduct.path("sku").asString();
		cartProductId = cartProduct.path("id").asString();
		stockSku = addProduct("CONTRACT-STOCK").path("sku").asString();
		editableProductId = addProduct("CONTRACT-EDIT").path("id").asString();
		for (var sku : List.of(cartSku, stockSku)) {
			expect(200, client.send("PUT", "/api/catalog/inventory/" + sku, admin, Map.of("onHand", 100_000)));
		}
		for (var caller : List.of(customer, admin)) {
			addresses.put(caller.name(),
					expect(201, client.send("POST", "/api/users/me/addresses", caller, ADDRESS)).path("id").asString());
		}
	}

	private JsonNode addProduct(String sku) {
		return expect(201,
				client.send("POST", "/api/catalog/products", admin,
						Map.of("sku", sku, "name", samples.uniqueText("Contract product"), "price",
								Map.of("amount", 19.9, "currency", "EUR"), "categoryId", rootCategory)));
	}

	private void placeOrders() {
		confirmedOrder = checkOut("test-card-approved");
		unpaidOrder = checkOut(null);
		cancellableOrder = checkOut(null);
		awaitStatus(confirmedOrder, Set.of("CONFIRMED"));
		awaitStatus(unpaidOrder, Set.of("AWAITING_PAYMENT"));
		awaitStatus(cancellableOrder, Set.of("AWAITING_PAYMENT"));
	}

	private String checkOut(@Nullable String paymentToken) {
		fillCart(customer);
		var body = paymentToken == null ? "{\"shippingAddress\": %s}".formatted(ADDRESS)
				: "{\"shippingAddress\": %s, \"paymentToken\": \"%s\"}".formatted(ADDRESS, paymentToken);
		return expect(201, client.send("POST", "/api/orders", customer, body,
				Map.of("Idempotency-Key", samples.uuid().toString())))
			.path("id")
			.asString();
	}

	private void fillCart(Caller caller) {
		expect(204, client.send("DELETE", "/api/cart", caller, null));
		expect(200, client.send("POST", "/api/cart/lines", caller, Map.of("sku", cartSku, "quantity", 1)));
	}

	private void awaitStatus(String order, Set<String> statuses) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> expect(200, client.send("GET", "/api/orders/" + order, customer, null)).path("status")
				.asString(), statuses::contains);
	}

	private void findANotification() {
		// Registrations are welcomed by email, shortly after: one of those will do.
		notification = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> expect(200, client.send("GET", "/api/notifications?size=1", admin, null)).path("content")
				.path(0)
				.path("id")
				.asString(""), id -> !id.isEmpty());
	}

	private String freshRefreshToken() {
		return tokens(sessions.email(), sessions.password()).path("refreshToken").asString();
	}

	private Caller register(String name, Access role) {
		var email = "contract-" + name + "-" + samples.uuid() + "@example.com";
		expect(202, client.send("POST", "/api/users", null,
				Map.of("email", email, "password", PASSWORD, "name", "Contract " + name)));
		return logIn(name, role, email, PASSWORD);
	}

	private Caller logIn(String name, Access role, String email, String password) {
		return new Caller(name, role, email, password, tokens(email, password).path("accessToken").asString());
	}

	private JsonNode tokens(String email, String password) {
		return expect(200, client.send("POST", "/api/users/login", null, Map.of("email", email, "password", password)));
	}

	private String idOf(Caller caller) {
		return expect(200, client.send("GET", "/api/users/me", caller, null)).path("id").asString();
	}

	private static JsonNode expect(int status, Answer answer) {
		if (answer.status() != status) {
			throw new IllegalStateException("Setting the shop up, expected " + status + " but got " + answer);
		}
		return answer.body().isEmpty() ? SchemaSamples.JSON.missingNode() : answer.json();
	}

}
