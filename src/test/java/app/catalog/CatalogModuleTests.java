package app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.StandaloneModule;
import app.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;

/** The catalog started alone, used the way other modules use it: through its facade. */
@ApplicationModuleTest
class CatalogModuleTests {

	private final ApplicationContext context;

	private final Catalog catalog;

	CatalogModuleTests(ApplicationContext context, Catalog catalog) {
		this.context = context;
		this.catalog = catalog;
	}

	@Test
	void bootsWithoutTheOtherModules() {
		StandaloneModule.assertRunsAlone("catalog", context);
	}

	@Test
	void findsWhatWasAddedByIdAndBySku() {
		var category = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Shoes"), null));
		var request = CatalogFixtures.product("Running Shoes", "89.90", category);
		var id = catalog.addProduct(request);

		var expected = new CatalogProduct(id, request.sku(), "Running Shoes", Money.of("89.90", "EUR"), true);
		assertThat(catalog.findProduct(id)).contains(expected);
		assertThat(catalog.findProduct(request.sku())).contains(expected);
		assertThat(catalog.findProducts(List.of(id, ProductId.random()))).containsExactly(expected);
		assertThat(catalog.findProducts(List.of())).isEmpty();
	}

	@Test
	void announcesANewProduct(PublishedEvents events) {
		var category = catalog.addCategory(new NewCategory(CatalogFixtures.uniqueName("Shoes"), null));
		var id = catalog.addProduct(CatalogFixtures.product("Running Shoes", "89.90", category));

		assertThat(events.ofType(ProductAdded.class).matching(it -> it.product().equals(id))).singleElement()
			.satisfies(it -> assertThat(it.price()).isEqualTo(Money.of("89.90", "EUR")));
	}

}
