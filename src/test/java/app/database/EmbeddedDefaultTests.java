package app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import app.Agora;
import app.catalog.Catalog;
import app.catalog.CategoryId;
import app.catalog.NewProduct;
import app.catalog.Sku;
import app.money.Money;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole shop as a newcomer starts it, with no database configured: it runs its own
 * PostgreSQL, loads the demo shop and creates an administrator on the first start, and
 * finds everything again after a restart, tokens included.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultTests {

	@TempDir
	Path home;

	Path data;

	@BeforeEach
	void dataDirectory() {
		data = home.resolve("postgres");
	}

	// One start after another, as a newcomer's shop goes: each start of a shop with a
	// fresh
	// data directory costs an initdb and the demo catalog, so they are not repeated per
	// assertion.
	@Test
	void startsItsOwnDurablePostgresRefusesASecondShopOnItAndKeepsDataAdministratorAndTokensAcrossARestart(
			CapturedOutput output) throws Exception {
		var sku = new Sku("KEEP-1");
		long demoProducts;
		String password;
		String accessToken;
		try (var shop = start()) {
			var database = shop.getBean(EmbeddedDatabase.class);
			assertThat(database.dataDirectory()).isEqualTo(data.toAbsolutePath().normalize());
			// A committed order survives a power cut, not only a crash of the process.
			for (var durable : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
				assertThat(setting(shop, durable)).as(durable).isEqualTo("on");
			}
			var catalog = shop.getBean(Catalog.class);
			var demo = catalog.findProduct(new Sku("RUN-001")).orElseThrow();
			demoProducts = count(shop);
			catalog.addProduct(new NewProduct(sku, "Kept Running Shoes", null, Money.of("99.00", "EUR"),
					categoryOf(shop, demo.id().id()), null));

			var passwordFile = home.resolve("first-administrator-password");
			assertThat(output.getOut()).as("the log says where the password is")
				.contains("Created the first administrator admin@agora.test; its generated password is in "
						+ passwordFile.toAbsolutePath());
			assertThat(Files.getPosixFilePermissions(passwordFile)).as("only the owner reads it")
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			password = Files.readString(passwordFile).strip();
			assertThat(output.getOut()).as("the password is never logged").doesNotContain(password);
			var login = post(shop, "/api/users/login", """
					{"email": "admin@agora.test", "password": "%s"}""".formatted(password));
			assertThat(login.statusCode()).isEqualTo(200);
			accessToken = JsonPath.read(login.body(), "$.accessToken");

			var second = catchThrowable(this::start);
			var analysis = analyzer().analyze(second);
			assertThat(analysis).as("a second shop's failure, which the analyzer explains: %s", second).isNotNull();
			assertThat(analysis.getDescription()).contains(data.toAbsolutePath().normalize().toString(),
					"in use by another running Agora");
			assertThat(analysis.getAction()).contains("agora.database.embedded.data-directory");
			assertThat(catalog.findProduct(new Sku("RUN-001"))).as("the first shop goes on").isPresent();
		}
		assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
		assertThat(Files.exists(home.resolve("token-signing-key.pem"))).as("signing key kept beside the data").isTrue();
		var firstRun = output.getOut().length();

		try (var shop = start()) {
			assertThat(shop.getBean(Catalog.class).findProduct(sku))
				.hasValueSatisfying(it -> assertThat(it.name()).isEqualTo("Kept Running Shoes"));
			assertThat(count(shop)).as("demo shop loaded only once").isEqualTo(demoProducts + 1);
			assertThat(output.getOut().substring(firstRun)).as("the password is shown only once")
				.doesNotContain("Created the first administrator");
			var me = get(shop, "/api/users/me", accessToken);
			assertThat(me.statusCode()).as("a token from before the restart").isEqualTo(200);
			assertThat((String) JsonPath.read(me.body(), "$.role")).isEqualTo("ADMIN");
			assertThat(post(shop, "/api/users/login", """
					{"email": "admin@agora.test", "password": "%s"}""".formatted(password)).statusCode())
				.isEqualTo(200);
		}
	}

	/**
	 * The analyzer, once it is clear that Boot finds it: registered in
	 * META-INF/spring.factories.
	 */
	private static FailureAnalyzer analyzer() {
		assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class,
				EmbeddedDefaultTests.class.getClassLoader()))
			.contains(DataDirectoryInUseAnalyzer.class.getName());
		return new DataDirectoryInUseAnalyzer();
	}

	// No key file and no administrator password: the embedded defaults decide both, as on
	// a newcomer's machine.
	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(Agora.class).run("--agora.database.embedded.data-directory=" + data,
				"--server.port=0", "--agora.users.admin.password=");
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext shop, String path, String json)
			throws Exception {
		var request = HttpRequest.newBuilder(uri(shop, path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext shop, String path, String token)
			throws Exception {
		var request = HttpRequest.newBuilder(uri(shop, path)).header("Authorization", "Bearer " + token).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext shop, String path) {
		return URI.create("http://127.0.0.1:" + shop.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String setting(ConfigurableApplicationContext shop, String name) {
		return shop.getBean(JdbcClient.class).sql("SHOW " + name).query(String.class).single();
	}

	private static long count(ConfigurableApplicationContext shop) {
		return shop.getBean(JdbcClient.class).sql("SELECT count(*) FROM catalog.products").query(Long.class).single();
	}

	private static CategoryId categoryOf(ConfigurableApplicationContext shop, UUID product) {
		return new CategoryId(shop.getBean(JdbcClient.class)
			.sql("SELECT category_id FROM catalog.products WHERE id = ?")
			.param(product)
			.query(UUID.class)
			.single());
	}

}
