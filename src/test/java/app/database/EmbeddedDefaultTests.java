package app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import app.Agora;
import app.catalog.Catalog;
import app.catalog.CategoryId;
import app.catalog.NewProduct;
import app.catalog.Sku;
import app.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole shop as a newcomer starts it, with no database configured: it runs its own
 * PostgreSQL, loads the demo shop on the first start, and finds everything again after a
 * restart.
 */
class EmbeddedDefaultTests {

	@TempDir
	Path data;

	@Test
	void startsItsOwnPostgresAndKeepsDataAcrossRestarts() {
		var sku = new Sku("KEEP-1");
		long demoProducts;
		try (var shop = start()) {
			var database = shop.getBean(EmbeddedDatabase.class);
			assertThat(database.dataDirectory()).isEqualTo(data.toAbsolutePath().normalize());
			var catalog = shop.getBean(Catalog.class);
			var demo = catalog.findProduct(new Sku("RUN-001")).orElseThrow();
			demoProducts = count(shop);
			catalog.addProduct(new NewProduct(sku, "Kept Running Shoes", null, Money.of("99.00", "EUR"),
					categoryOf(shop, demo.id().id()), null));
		}
		assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();

		try (var shop = start()) {
			assertThat(shop.getBean(Catalog.class).findProduct(sku))
				.hasValueSatisfying(it -> assertThat(it.name()).isEqualTo("Kept Running Shoes"));
			assertThat(count(shop)).as("demo shop loaded only once").isEqualTo(demoProducts + 1);
		}
	}

	@Test
	void refusesASecondShopOnTheSameDataDirectoryAndSaysWhatToDo() {
		try (var first = start()) {
			var failure = catchThrowable(this::start);

			var analysis = analyzer().analyze(failure);
			assertThat(analysis).as("a failure the analyzer explains: %s", failure).isNotNull();
			assertThat(analysis.getDescription()).contains(data.toAbsolutePath().normalize().toString(),
					"in use by another running Agora");
			assertThat(analysis.getAction()).contains("agora.database.embedded.data-directory");
			assertThat(first.getBean(Catalog.class).findProduct(new Sku("RUN-001"))).isPresent();
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

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(Agora.class).run("--agora.database.embedded.data-directory=" + data,
				"--server.port=0", "--agora.catalog.temporary-admin-token=test");
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
