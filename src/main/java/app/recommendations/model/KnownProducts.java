package app.recommendations.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import app.catalog.Catalog;
import app.catalog.CatalogProduct;
import app.catalog.ProductAdded;
import app.catalog.ProductId;
import app.orders.OrderLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the model knows of each product: its SKU and name to show, and whether it is on
 * sale. Learnt from the catalog's events and from order lines; activation changes are
 * read back from the catalog, because events redelivered after a failure may arrive in
 * any order and carry nothing to tell which came last. A read model, not an aggregate:
 * each write is an upsert, idempotent in one statement.
 */
@Component
class KnownProducts {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final ModelLock lock;

	KnownProducts(JdbcClient jdbc, Catalog catalog, ModelLock lock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.lock = lock;
	}

	/**
	 * A new product, on sale. Known already, it keeps what an activation change or a
	 * rebuild learnt later.
	 */
	void added(ProductAdded added) {
		jdbc.sql("""
				INSERT INTO recommendations.products (id, sku, name, active) VALUES (:id, :sku, :name, true)
				ON CONFLICT (id) DO NOTHING""")
			.param("id", added.product().id())
			.param("sku", added.sku().value())
			.param("name", added.name())
			.update();
	}

	/**
	 * Reads a product back from the catalog after the listeners before it have written
	 * what they read, so that the last change wins whatever order its events arrive in.
	 */
	void refresh(ProductId product) {
		lock.product(product);
		catalog.findProduct(product).ifPresent(found -> store(List.of(found)));
	}

	/**
	 * Products of order lines, as on sale when they were ordered, unless known already.
	 */
	void ordered(Collection<OrderLine> lines) {
		var sorted = lines.stream().sorted(Comparator.comparing(line -> line.productId().id())).toList();
		for (var line : sorted) {
			jdbc.sql("""
					INSERT INTO recommendations.products (id, sku, name, active) VALUES (:id, :sku, :name, true)
					ON CONFLICT (id) DO NOTHING""")
				.param("id", line.productId().id())
				.param("sku", line.sku().value())
				.param("name", line.name())
				.update();
		}
	}

	/** Stores what the catalog says now of the given products. */
	int store(Collection<CatalogProduct> products) {
		var sorted = products.stream().sorted(Comparator.comparing(product -> product.id().id())).toList();
		for (var product : sorted) {
			jdbc.sql(
					"""
							INSERT INTO recommendations.products (id, sku, name, active) VALUES (:id, :sku, :name, :active)
							ON CONFLICT (id) DO UPDATE SET sku = excluded.sku, name = excluded.name, active = excluded.active""")
				.param("id", product.id().id())
				.param("sku", product.sku().value())
				.param("name", product.name())
				.param("active", product.active())
				.update();
		}
		return sorted.size();
	}

	/** Reads the given products back from the catalog. */
	int refreshAll(Collection<ProductId> products) {
		return store(catalog.findProducts(products));
	}

}
