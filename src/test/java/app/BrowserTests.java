package app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import app.orders.OrderConfirmed;
import app.recommendations.model.PurchaseModel;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The storefront and the back office in a real browser (ADR 0038): headless Chromium
 * driven by Playwright, against the whole shop on a random port with the demo catalog. A
 * shopper registers, signs in, searches with a typo, fills a cart, checks out and watches
 * the order become CONFIRMED without reloading; an administrator ships it, adds a product
 * and takes it off sale, and resubmits a publication whose listener failed. A declined
 * card and a cancellation end as CANCELLED with the reason on the page. Debian's
 * {@code chromium} is used ({@code -Dagora.test.chromium=…} names another); without it
 * these tests are skipped on a developer's machine and fail in CI ({@code CI=true}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "agora.demo.enabled=true")
class BrowserTests {

	static final Path CHROMIUM = Path.of(System.getProperty("agora.test.chromium", "/usr/bin/chromium"));

	/** Where the screenshots go; with -Ddocs.update, into docs/screenshots as well. */
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path COMMITTED_SCREENSHOTS = Path.of("docs", "screenshots");

	private static final String PASSWORD = "seven plums on a kettle";

	/** Long enough for the saga to reserve, charge and confirm on a busy machine. */
	private static final LocatorAssertions.HasTextOptions SAGA = new LocatorAssertions.HasTextOptions()
		.setTimeout(30_000);

	@MockitoSpyBean
	PurchaseModel purchases;

	private static Playwright playwright;

	private static Browser browser;

	private final String shop;

	BrowserTests(@LocalServerPort int port) {
		this.shop = "http://localhost:" + port;
	}

	@BeforeAll
	static void startBrowser() {
		assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
				"No Chromium at " + CHROMIUM + ": install Debian's chromium to run the browser tests");
		// Playwright's own browsers cannot be downloaded here: Debian's is used instead.
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(
				Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_SKIP_VALIDATE_HOST_REQUIREMENTS", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true));
		// What a person would wait for; the saga's steps have longer (SAGA).
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void aShopperBuysWhatTheyFoundAndAnAdministratorShipsIt() {
		var shopper = signedInShopper();
		var page = shopper.page();

		page.navigate(shop + "/");
		screenshot(page, "home");
		page.getByLabel("Search products").fill("runing shoe");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
		var results = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Products"));
		assertThat(results.getByRole(AriaRole.LINK).first()).containsText("Running");
		screenshot(page, "search");

		results.getByRole(AriaRole.LINK).first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Running");
		screenshot(page, "product");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();

		assertThat(page).hasURL(Pattern.compile("/cart$"));
		var total = page.locator("#cart-total");
		var single = total.textContent();
		page.getByRole(AriaRole.SPINBUTTON).fill("2");
		page.getByRole(AriaRole.SPINBUTTON).dispatchEvent("change");
		// The cart answers the change in place, with the new total.
		assertThat(total).not().hasText(single);
		assertThat(total).hasText(doubled(single));
		screenshot(page, "cart");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check out")).click();
		fillAddress(page);
		page.getByLabel("Card").selectOption("test-card-approved");
		screenshot(page, "checkout");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the order")).click();

		assertThat(page).hasURL(Pattern.compile("/orders/[0-9a-f-]{36}$"));
		var orderId = page.url().substring(page.url().lastIndexOf('/') + 1);
		// No reload: the status part asks the shop again until the saga is done.
		assertThat(page.getByTestId("order-status")).hasText("CONFIRMED", SAGA);
		screenshot(page, "order");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Orders")).click();
		assertThat(page.getByRole(AriaRole.TABLE)).containsText("CONFIRMED");

		var admin = signedIn("admin@agora.test", "test-only-secret-9f2c");
		var office = admin.page();
		office.navigate(shop + "/admin/orders?status=CONFIRMED");
		screenshot(office, "admin-orders");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ship order " + orderId)).click();
		assertThat(office.getByRole(AriaRole.STATUS).first()).containsText("Order " + orderId + " is shipped");

		page.navigate(shop + "/orders/" + orderId);
		assertThat(page.getByTestId("order-status")).hasText("SHIPPED");
		// Without an SMTP server the emails are kept in the dev mailbox, which the back
		// office shows.
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			office.navigate(shop + "/admin/mailbox?to=" + shopper.email());
			assertThat(office.getByRole(AriaRole.MAIN)).containsText("Your order is confirmed");
		});
		shopper.close();
		admin.close();
	}

	@Test
	void anAdministratorAddsAProductShoppersFindAndTakesItOffSale() {
		var sku = "WEB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		var admin = signedIn("admin@agora.test", "test-only-secret-9f2c");
		var office = admin.page();
		office.navigate(shop + "/admin");
		office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Products")).click();
		office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a product")).click();
		office.getByLabel("SKU").fill(sku);
		office.getByLabel("Name").fill("Storm Lantern " + sku);
		office.getByLabel("Description").fill("Stays lit in the wind.");
		office.getByLabel("Price").fill("12.50");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the product")).click();
		assertThat(office.getByRole(AriaRole.STATUS).first()).containsText("Added " + sku);
		office.getByLabel("Counted on hand").fill("5");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the count")).click();
		assertThat(office.getByText("Available now: 5")).isVisible();
		screenshot(office, "admin-product");

		var stranger = newContext();
		var page = stranger.newPage();
		page.navigate(shop + "/search?q=storm+lantern+" + sku);
		var found = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Storm Lantern " + sku));
		assertThat(found).isVisible();
		var productPage = shop + found.getAttribute("href");

		office.getByLabel("On sale").uncheck();
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(office.getByRole(AriaRole.STATUS).first()).containsText("Saved " + sku);
		page.navigate(productPage);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("There is no product");
		stranger.close();
		admin.close();
	}

	@Test
	void anAdministratorResubmitsAFailedPublicationOnceItsListenerWorksAgain() {
		var broken = new AtomicBoolean(true);
		doAnswer(invocation -> {
			if (broken.get()) {
				throw new IllegalStateException("Recommendations are broken");
			}
			return invocation.callRealMethod();
		}).when(purchases).count(any(OrderConfirmed.class));
		var shopper = signedInShopper();
		orderOneOf(shopper.page(), "RUN-001", "test-card-approved");
		assertThat(shopper.page().getByTestId("order-status")).hasText("CONFIRMED", SAGA);

		var admin = signedIn("admin@agora.test", "test-only-secret-9f2c");
		var office = admin.page();
		office.navigate(shop + "/admin/publications");
		var failed = office.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("OrderConfirmed"));
		assertThat(failed.first()).containsText("recommendations");
		screenshot(office, "admin-publications");

		broken.set(false);
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resubmit the failed ones")).click();
		assertThat(office.getByRole(AriaRole.STATUS).first()).containsText("submitted again");
		// Handled within moments; the page shows what is left when it is loaded.
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			office.reload();
			assertThat(office.getByTestId("no-publications")).isVisible();
		});
		shopper.close();
		admin.close();
	}

	@Test
	void aDeclinedCardCancelsTheOrderAndSaysWhy() {
		var shopper = signedInShopper();
		var page = shopper.page();
		orderOneOf(page, "RUN-001", "test-card-declined");
		assertThat(page.getByTestId("order-status")).hasText("CANCELLED", SAGA);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("declined");
		shopper.close();
	}

	@Test
	void aShopperCancelsAConfirmedOrder() {
		var shopper = signedInShopper();
		var page = shopper.page();
		orderOneOf(page, "RUN-001", "test-card-approved");
		assertThat(page.getByTestId("order-status")).hasText("CONFIRMED", SAGA);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the order")).click();
		assertThat(page.getByTestId("order-status")).hasText("CANCELLED", SAGA);
		shopper.close();
	}

	@Test
	void aStrangerIsSentToSignInAndBackAndAShopperIsNotLetIntoTheBackOffice() {
		var stranger = newContext();
		var page = stranger.newPage();
		page.navigate(shop + "/cart");
		assertThat(page).hasURL(Pattern.compile("/login$"));
		var shopper = signedInShopper();
		shopper.page().navigate(shop + "/admin/orders");
		assertThat(shopper.page().getByRole(AriaRole.ALERT)).containsText("staff");
		stranger.close();
		shopper.close();
	}

	@Test
	void aShopperChangesTheirNameAndKeepsAnAddress() {
		var shopper = signedInShopper();
		var page = shopper.page();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account")).click();
		page.getByLabel("Name").first().fill("Ada Lovelace");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the contact details")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("saved");
		assertThat(page.getByLabel("Name").first()).hasValue("Ada Lovelace");

		fillAddress(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the address")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Address added");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Hauptstraße 1, 10115 Berlin, DE");
		shopper.close();
	}

	@Test
	void theMainPagesHaveNoSeriousAccessibilityViolations() {
		var shopper = signedInShopper();
		var page = shopper.page();
		// On a phone's width, where the layout is tightest.
		page.setViewportSize(390, 844);
		var pages = List.of("/", "/search?q=jacket", "/products/" + anyProductId(page), "/login", "/register", "/cart",
				"/checkout", "/orders", "/account");
		for (var path : pages) {
			page.navigate(shop + path);
			assertThat(seriousViolations(page)).as("serious accessibility violations on %s", path).isEmpty();
			var script = (Number) page.evaluate("performance.getEntriesByType('resource')"
					+ ".filter(r => r.initiatorType === 'script').reduce((sum, r) => sum + r.decodedBodySize, 0)");
			assertThat(script.longValue()).as("bytes of JavaScript %s ships", path).isLessThanOrEqualTo(100 * 1024);
			// A page that scrolls sideways on a phone hides part of itself.
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("%s fits a phone's width", path)
				.isTrue();
		}
		page.navigate(shop + "/search?q=jacket");
		screenshot(page, "phone-search");
		shopper.close();
		var admin = signedIn("admin@agora.test", "test-only-secret-9f2c");
		for (var path : List.of("/admin", "/admin/orders", "/admin/products", "/admin/products/new",
				"/admin/publications", "/admin/payments", "/admin/notifications", "/admin/mailbox",
				"/admin/categories")) {
			admin.page().navigate(shop + path);
			assertThat(seriousViolations(admin.page())).as("serious accessibility violations on %s", path).isEmpty();
		}
		admin.close();
	}

	private String anyProductId(Page page) {
		page.navigate(shop + "/search?q=jacket");
		var href = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Products"))
			.getByRole(AriaRole.LINK)
			.first()
			.getAttribute("href");
		return href.substring(href.lastIndexOf('/') + 1);
	}

	/**
	 * A new customer, registered and signed in through the pages, in a browser of their
	 * own.
	 */
	private Session signedInShopper() {
		var email = "shopper-" + UUID.randomUUID() + "@agora.test";
		var context = newContext();
		var page = context.newPage();
		page.navigate(shop + "/register");
		page.getByLabel("Name").fill("Ada Shopper");
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the account")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("has one now");
		context.close();
		return signedIn(email, PASSWORD);
	}

	private Session signedIn(String email, String password) {
		var context = newContext();
		var page = context.newPage();
		page.navigate(shop + "/login");
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
		return new Session(context, page, email);
	}

	private static com.microsoft.playwright.BrowserContext newContext() {
		var context = browser.newContext();
		context.setDefaultTimeout(10_000);
		return context;
	}

	private void orderOneOf(Page page, String sku, String card) {
		page.navigate(shop + "/search?q=" + sku);
		page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Products"))
			.getByRole(AriaRole.LINK)
			.first()
			.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check out")).click();
		fillAddress(page);
		page.getByLabel("Card").selectOption(card);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the order")).click();
		assertThat(page).hasURL(Pattern.compile("/orders/[0-9a-f-]{36}$"));
	}

	private static void fillAddress(Page page) {
		page.getByLabel("Recipient").fill("Ada Shopper");
		page.getByLabel("Street and number").fill("Hauptstraße 1");
		page.getByLabel("Postal code").fill("10115");
		page.getByLabel("City").fill("Berlin");
		page.getByLabel("Country").fill("DE");
	}

	/** "EUR 89.90" twice: "EUR 179.80". */
	private static String doubled(String price) {
		var parts = price.strip().split(" ");
		return parts[0] + " " + new java.math.BigDecimal(parts[1]).multiply(java.math.BigDecimal.valueOf(2));
	}

	/** axe-core's serious and critical findings on the page, as "rule: target" lines. */
	@SuppressWarnings("unchecked")
	private static List<String> seriousViolations(Page page) {
		// Evaluated by the browser's debugging protocol, which the page's CSP does not
		// govern.
		page.evaluate(axeSource());
		var violations = (List<Map<String, Object>>) page.evaluate("""
				async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
				  .filter(v => v.impact === 'serious' || v.impact === 'critical')
				  .map(v => ({ id: v.id, targets: v.nodes.map(n => n.target.join(' ')).join(', ') }))""");
		return violations.stream().map(v -> v.get("id") + ": " + v.get("targets")).toList();
	}

	private static String axeSource() {
		try (var in = BrowserTests.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/"
				+ System.getProperty("axe-core.version", "4.6.3") + "/axe.min.js")) {
			assertThat(in).as("axe-core from its WebJar").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void screenshot(Page page, String name) {
		var options = new Page.ScreenshotOptions().setFullPage(true);
		page.screenshot(options.setPath(SCREENSHOTS.resolve(name + ".png")));
		if (Boolean.getBoolean("docs.update")) {
			page.screenshot(options.setPath(COMMITTED_SCREENSHOTS.resolve(name + ".png")));
		}
	}

	private record Session(com.microsoft.playwright.BrowserContext context, Page page, String email) {

		void close() {
			context.close();
		}

	}

}
