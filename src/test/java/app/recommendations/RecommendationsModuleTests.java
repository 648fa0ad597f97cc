package app.recommendations;

import app.StandaloneModule;
import app.catalog.Catalog;
import app.orders.OrderHistory;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Started alone, this module needs nothing of the other business modules but two facades
 * (mocked here): the catalog's, which it asks for products, and the orders' history,
 * which a rebuild reads. It can be extracted. Orders and products it learns from events.
 */
@ApplicationModuleTest
class RecommendationsModuleTests {

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	OrderHistory history;

	private final ApplicationContext context;

	RecommendationsModuleTests(ApplicationContext context) {
		this.context = context;
	}

	@Test
	void bootsWithoutTheOtherModules() {
		StandaloneModule.assertRunsAlone("recommendations", context);
	}

}
