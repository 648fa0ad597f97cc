package app;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import app.users.Customers;
import app.users.Customers.SignedIn;
import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import app.web.BrowserPages;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may call what, for every endpoint the application exposes: the endpoints come from
 * the request mappings themselves, so a new one cannot be forgotten. Each is called as
 * anonymous, customer A, customer B and an administrator, and the front door must decide
 * as the table says. An endpoint missing from the table fails this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

	/** Who may pass the front door to an endpoint. */
	enum Access {

		/** Everyone, signed in or not. */
		PUBLIC,

		/** Any signed-in user, for their own things only. */
		SIGNED_IN,

		/** Administrators. */
		ADMIN,

		/** Nobody: the endpoint exists, but is not for clients. */
		NOBODY

	}

	static final Map<String, Access> DECISIONS = Map.ofEntries(
			// Catalog: browsing is public, changes and inventory are the administrators'.
			entry("GET /api/catalog/products", Access.PUBLIC), entry("GET /api/catalog/products/{id}", Access.PUBLIC),
			entry("GET /api/catalog/products/by-sku/{sku}", Access.PUBLIC),
			entry("GET /api/catalog/suggestions", Access.PUBLIC), entry("GET /api/catalog/search-index", Access.ADMIN),
			entry("POST /api/catalog/search-index/rebuild", Access.ADMIN),
			entry("POST /api/catalog/products", Access.ADMIN), entry("PUT /api/catalog/products/{id}", Access.ADMIN),
			entry("PUT /api/catalog/products/{id}/price", Access.ADMIN),
			entry("POST /api/catalog/products/{id}/deactivate", Access.ADMIN),
			entry("POST /api/catalog/products/{id}/activate", Access.ADMIN),
			entry("GET /api/catalog/categories", Access.PUBLIC),
			entry("GET /api/catalog/categories/{id}", Access.PUBLIC),
			entry("POST /api/catalog/categories", Access.ADMIN),
			entry("PUT /api/catalog/categories/{id}", Access.ADMIN),
			entry("GET /api/catalog/inventory/{sku}", Access.ADMIN),
			entry("PUT /api/catalog/inventory/{sku}", Access.ADMIN),
			// Users: signing in is public, your own account is yours, everyone's is the
			// administrators'.
			entry("POST /api/users", Access.PUBLIC), entry("POST /api/users/login", Access.PUBLIC),
			entry("POST /api/users/token", Access.PUBLIC), entry("POST /api/users/logout", Access.PUBLIC),
			entry("GET /api/users/me", Access.SIGNED_IN), entry("PUT /api/users/me", Access.SIGNED_IN),
			entry("PUT /api/users/me/password", Access.SIGNED_IN), entry("DELETE /api/users/me", Access.SIGNED_IN),
			entry("GET /api/users/me/addresses", Access.SIGNED_IN),
			entry("POST /api/users/me/addresses", Access.SIGNED_IN),
			entry("GET /api/users/me/addresses/{addressId}", Access.SIGNED_IN),
			entry("PUT /api/users/me/addresses/{addressId}", Access.SIGNED_IN),
			entry("DELETE /api/users/me/addresses/{addressId}", Access.SIGNED_IN),
			entry("GET /api/users", Access.ADMIN), entry("GET /api/users/{id}", Access.ADMIN),
			entry("DELETE /api/users/{id}", Access.ADMIN),
			// Orders: your cart and orders are yours (others' answer 404); all orders,
			// shipping and delivery are the administrators'.
			entry("GET /api/cart", Access.SIGNED_IN), entry("DELETE /api/cart", Access.SIGNED_IN),
			entry("POST /api/cart/lines", Access.SIGNED_IN), entry("PUT /api/cart/lines/{sku}", Access.SIGNED_IN),
			entry("DELETE /api/cart/lines/{sku}", Access.SIGNED_IN), entry("POST /api/orders", Access.SIGNED_IN),
			entry("GET /api/orders", Access.SIGNED_IN), entry("GET /api/orders/{id}", Access.SIGNED_IN),
			entry("POST /api/orders/{id}/payment", Access.SIGNED_IN),
			entry("POST /api/orders/{id}/cancel", Access.SIGNED_IN), entry("GET /api/orders/all", Access.ADMIN),
			entry("POST /api/orders/{id}/ship", Access.ADMIN), entry("POST /api/orders/{id}/deliver", Access.ADMIN),
			// Notifications: what was sent to whom, the dev mailbox and retries are the
			// administrators'.
			entry("GET /api/notifications", Access.ADMIN), entry("GET /api/notifications/outbox", Access.ADMIN),
			entry("POST /api/notifications/{id}/retry", Access.ADMIN),
			// Recommendations: bought together is public, yours need you signed in,
			// rebuilding them is the administrators'.
			entry("GET /api/recommendations/products/{id}", Access.PUBLIC),
			entry("GET /api/recommendations/me", Access.SIGNED_IN),
			entry("POST /api/recommendations/rebuild", Access.ADMIN),
			// Operations and documentation.
			entry("GET /actuator", Access.NOBODY), entry("GET /actuator/health", Access.PUBLIC),
			entry("GET /actuator/health/**", Access.PUBLIC), entry("GET /actuator/info", Access.PUBLIC),
			entry("GET /actuator/prometheus", Access.ADMIN), entry("GET /actuator/eventpublications", Access.ADMIN),
			entry("POST /actuator/eventpublications", Access.ADMIN), entry("GET /actuator/paymentissues", Access.ADMIN),
			entry("GET /v3/api-docs", Access.PUBLIC), entry("GET /v3/api-docs.yaml", Access.PUBLIC),
			entry("GET /v3/api-docs/swagger-config", Access.PUBLIC), entry("GET /swagger-ui", Access.PUBLIC),
			entry("GET /error", Access.PUBLIC));

	/**
	 * The pages in the browser (ADR 0038): signed in with a session, not a token, so a
	 * stranger is sent to the log-in page and a signed-in user refused one sees why.
	 */
	static final Map<String, Access> PAGE_DECISIONS = Map.ofEntries(entry("GET /", Access.PUBLIC),
			entry("GET /search", Access.PUBLIC), entry("GET /categories/{id}", Access.PUBLIC),
			entry("GET /products/{id}", Access.PUBLIC), entry("GET /recommendations/popular", Access.PUBLIC),
			entry("GET /recommendations/bought-with/{id}", Access.PUBLIC), entry("GET /login", Access.PUBLIC),
			entry("GET /register", Access.PUBLIC), entry("POST /register", Access.PUBLIC),
			entry("GET /denied", Access.PUBLIC), entry("GET /recommendations/for-me", Access.SIGNED_IN),
			entry("GET /cart", Access.SIGNED_IN), entry("POST /cart/lines", Access.SIGNED_IN),
			entry("POST /cart/lines/{sku}", Access.SIGNED_IN),
			entry("POST /cart/lines/{sku}/removal", Access.SIGNED_IN), entry("GET /checkout", Access.SIGNED_IN),
			entry("POST /checkout", Access.SIGNED_IN), entry("GET /orders", Access.SIGNED_IN),
			entry("GET /orders/{id}", Access.SIGNED_IN), entry("GET /orders/{id}/status", Access.SIGNED_IN),
			entry("POST /orders/{id}/cancellation", Access.SIGNED_IN), entry("GET /account", Access.SIGNED_IN),
			entry("POST /account/addresses", Access.SIGNED_IN), entry("POST /account/contact", Access.SIGNED_IN),
			entry("POST /account/addresses/{id}/removal", Access.SIGNED_IN), entry("GET /admin", Access.ADMIN),
			entry("GET /admin/orders", Access.ADMIN), entry("POST /admin/orders/{id}/shipment", Access.ADMIN),
			entry("POST /admin/orders/{id}/delivery", Access.ADMIN), entry("GET /admin/products", Access.ADMIN),
			entry("GET /admin/products/new", Access.ADMIN), entry("POST /admin/products", Access.ADMIN),
			entry("GET /admin/products/{id}", Access.ADMIN), entry("POST /admin/products/{id}", Access.ADMIN),
			entry("POST /admin/stock/{sku}", Access.ADMIN), entry("GET /admin/publications", Access.ADMIN),
			entry("GET /admin/payments", Access.ADMIN), entry("GET /admin/categories", Access.ADMIN),
			entry("POST /admin/categories", Access.ADMIN), entry("POST /admin/categories/{id}", Access.ADMIN),
			entry("GET /admin/notifications", Access.ADMIN),
			entry("POST /admin/notifications/{id}/retry", Access.ADMIN), entry("GET /admin/mailbox", Access.ADMIN),
			entry("POST /admin/publications/resubmission", Access.ADMIN));

	// What a signed-in caller gets for another customer's things: nothing, as if they did
	// not exist.
	private static final Pattern OWN_THINGS = Pattern.compile("/api/users/me/addresses/\\{addressId}");

	private static final String ADDRESS = """
			{"recipient": "A", "line1": "Street 1", "postalCode": "1000", "city": "Town", "country": "DE"}""";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}|\\*\\*");

	private final MockMvcTester mvc;

	private final ApplicationContext context;

	AuthorizationMatrixTests(MockMvcTester mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.context = context;
	}

	@Test
	void everyEndpointHasADecision() {
		assertThat(endpoints()).as("endpoints without a decision in DECISIONS: decide who may call them")
			.isSubsetOf(DECISIONS.keySet());
		assertThat(DECISIONS.keySet()).as("decisions for endpoints that no longer exist").isSubsetOf(endpoints());
	}

	@Test
	void everyEndpointLetsInExactlyWhomItShould() {
		var customerA = Customers.newCustomer(mvc);
		var customerB = Customers.newCustomer(mvc);
		var admin = Customers.logIn(mvc, "admin@agora.test", "test-only-secret-9f2c");
		var failures = new ArrayList<String>();

		// Deleting your own account goes last: it ends the account the other checks use.
		var endpoints = endpoints().stream()
			.sorted(Comparator.comparing((String endpoint) -> endpoint.equals("DELETE /api/users/me"))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		for (var endpoint : endpoints) {
			var access = DECISIONS.get(endpoint);
			var ownedByA = OWN_THINGS.matcher(endpoint).find() ? newAddress(customerA) : null;
			var path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1), ownedByA);
			var method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));

			// Someone else's address is looked for with a valid body, so that only
			// ownership can refuse it.
			var body = ownedByA != null ? ADDRESS : "{}";
			check(failures, endpoint, "anonymous", call(method, path, body, null),
					access == Access.PUBLIC ? Outcome.ALLOWED : Outcome.UNAUTHORIZED);
			check(failures, endpoint, "customer B", call(method, path, body, customerB),
					ownedByA != null ? Outcome.NOT_FOUND : outcomeForCustomer(access));
			check(failures, endpoint, "admin", call(method, path, body, admin), ownedByA != null ? Outcome.NOT_FOUND
					: access == Access.NOBODY ? Outcome.FORBIDDEN : Outcome.ALLOWED);
			check(failures, endpoint, "customer A", call(method, path, body, customerA), outcomeForCustomer(access));
			// A HEAD runs the GET's handler: whom the door refuses the GET, it must
			// refuse
			// the HEAD. (It may refuse more: a HEAD nobody decided on stays closed.)
			if (method == HttpMethod.GET && ownedByA == null) {
				if (access != Access.PUBLIC) {
					check(failures, endpoint, "anonymous (HEAD)", call(HttpMethod.HEAD, path, body, null),
							Outcome.UNAUTHORIZED);
				}
				if (outcomeForCustomer(access) == Outcome.FORBIDDEN) {
					check(failures, endpoint, "customer B (HEAD)", call(HttpMethod.HEAD, path, body, customerB),
							Outcome.FORBIDDEN);
				}
			}
		}

		assertThat(failures).as("decisions the front door got wrong").isEmpty();
	}

	@Test
	void everyPageHasADecision() {
		assertThat(pages()).as("pages without a decision in PAGE_DECISIONS: decide who may see them")
			.isSubsetOf(PAGE_DECISIONS.keySet());
		assertThat(PAGE_DECISIONS.keySet()).as("decisions for pages that no longer exist").isSubsetOf(pages());
	}

	@Test
	void everyPageLetsInExactlyWhomItShould() {
		var customer = new UsernamePasswordAuthenticationToken(UUID.randomUUID().toString(), null,
				List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
		var admin = new UsernamePasswordAuthenticationToken(UUID.randomUUID().toString(), null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
		var failures = new ArrayList<String>();
		for (var page : pages()) {
			if (page.equals("GET /denied")) {
				continue; // the refusal itself, a 403 for everyone
			}
			var access = PAGE_DECISIONS.get(page);
			var path = concrete(page.substring(page.indexOf(' ') + 1), null);
			var method = HttpMethod.valueOf(page.substring(0, page.indexOf(' ')));
			checkPage(failures, page, "anonymous", page(method, path, null),
					access == Access.PUBLIC ? Outcome.ALLOWED : Outcome.UNAUTHORIZED);
			checkPage(failures, page, "customer", page(method, path, customer), outcomeForCustomer(access));
			checkPage(failures, page, "admin", page(method, path, admin), Outcome.ALLOWED);
		}
		assertThat(failures).as("decisions the browsers' door got wrong").isEmpty();
	}

	private MvcTestResult page(HttpMethod method, String path, @Nullable UsernamePasswordAuthenticationToken signedIn) {
		var request = mvc.method(method).uri(path).with(csrf());
		if (signedIn != null) {
			request = request.with(authentication(signedIn));
		}
		return request.exchange();
	}

	/** Refused pages answer as a browser expects: the log-in page, or a 403 page. */
	private static void checkPage(List<String> failures, String page, String caller, MvcTestResult result,
			Outcome expected) {
		int status = result.getResponse().getStatus();
		var location = result.getResponse().getHeader("Location");
		boolean toLogIn = status == 302 && location != null && location.endsWith("/login");
		boolean met = switch (expected) {
			case UNAUTHORIZED -> toLogIn;
			case FORBIDDEN -> status == 403;
			case NOT_FOUND -> status == 404;
			case ALLOWED -> !toLogIn && status != 401 && status != 403 && status < 500;
		};
		if (!met) {
			failures.add("%s as %s: expected %s, got %d %s".formatted(page, caller, expected, status,
					location == null ? "" : location));
		}
	}

	enum Outcome {

		ALLOWED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND

	}

	private static Outcome outcomeForCustomer(Access access) {
		return switch (access) {
			case PUBLIC, SIGNED_IN -> Outcome.ALLOWED;
			case ADMIN, NOBODY -> Outcome.FORBIDDEN;
		};
	}

	private static void check(List<String> failures, String endpoint, String caller, MvcTestResult result,
			Outcome expected) {
		int status = result.getResponse().getStatus();
		boolean met = switch (expected) {
			case UNAUTHORIZED -> status == 401;
			case FORBIDDEN -> status == 403;
			case NOT_FOUND -> status == 404;
			// Past the door: the endpoint may still find the request invalid or the thing
			// missing, but it
			// must not fail, and a plain GET of a collection must succeed.
			case ALLOWED -> status != 401 && status != 403 && (status < 500 || endpoint.endsWith(" /error"))
					&& (!isPlainGet(endpoint) || status < 400);
		};
		if (!met) {
			failures.add("%s as %s: expected %s, got %d".formatted(endpoint, caller, expected, status));
		}
	}

	private static boolean isPlainGet(String endpoint) {
		return endpoint.startsWith("GET ") && !endpoint.contains("{") && !endpoint.contains("**")
				&& !endpoint.endsWith(" /error") && !endpoint.equals("GET /actuator");
	}

	private MvcTestResult call(HttpMethod method, String path, String body, @Nullable SignedIn caller) {
		var request = mvc.method(method).uri(path);
		if (caller != null) {
			request = request.header("Authorization", caller.bearer());
		}
		if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

	private String newAddress(SignedIn owner) {
		var added = mvc.post()
			.uri("/api/users/me/addresses")
			.header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ADDRESS)
			.exchange();
		assertThat(added).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(Customers.body(added), "$.id");
	}

	private static String concrete(String pattern, @Nullable String ownedByA) {
		var matcher = VARIABLE.matcher(pattern);
		var path = new StringBuilder();
		while (matcher.find()) {
			var variable = matcher.group(1);
			String value;
			if (variable == null) {
				value = "liveness";
			}
			else if (ownedByA != null) {
				value = ownedByA;
			}
			else if (variable.equals("sku")) {
				value = "NO-SUCH-SKU";
			}
			else {
				value = UUID.randomUUID().toString();
			}
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/**
	 * Every method and path pattern of every request mapping but the pages, as "GET
	 * /api/…".
	 */
	private TreeSet<String> endpoints() {
		return mappings(false);
	}

	/** The same for the pages in the browser (@BrowserPages). */
	private TreeSet<String> pages() {
		return mappings(true);
	}

	private TreeSet<String> mappings(boolean pages) {
		var endpoints = new TreeSet<String>();
		for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (var handler : mapping.getHandlerMethods().entrySet()) {
				if (AnnotatedElementUtils.hasAnnotation(handler.getValue().getBeanType(),
						BrowserPages.class) != pages) {
					continue;
				}
				var info = handler.getKey();
				var methods = info.getMethodsCondition().getMethods();
				for (var path : info.getPatternValues()) {
					if (methods.isEmpty()) {
						endpoints.add("GET " + path);
					}
					methods.forEach(method -> endpoints.add(method.name() + " " + path));
				}
			}
		}
		return endpoints;
	}

}
