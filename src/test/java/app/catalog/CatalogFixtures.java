package app.catalog;

import java.util.Locale;
import java.util.UUID;

import app.money.Money;

/**
 * Test data that never collides with other tests sharing the same database: unique SKUs
 * and category names.
 */
public final class CatalogFixtures {

	private CatalogFixtures() {
	}

	public static Sku uniqueSku() {
		return new Sku("T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT));
	}

	public static String uniqueName(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public static NewProduct product(String name, String price, CategoryId category) {
		return new NewProduct(uniqueSku(), name, "", Money.of(price, "EUR"), category, Attributes.NONE);
	}

	/** A product with the given units on hand, in a category of its own. */
	public static Sku stockedProduct(Catalog catalog, int onHand) {
		var category = catalog.addCategory(new NewCategory(uniqueName("Stock"), null));
		var product = product("Stocked product", "10.00", category);
		catalog.addProduct(product);
		catalog.countStock(product.sku(), onHand);
		return product.sku();
	}

}
