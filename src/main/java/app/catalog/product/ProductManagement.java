package app.catalog.product;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

import app.catalog.Attributes;
import app.catalog.CategoryId;
import app.catalog.NewProduct;
import app.catalog.ProductId;
import app.catalog.category.Categories;
import app.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds products and changes them on an administrator's behalf, one product per
 * transaction.
 */
@Service
@Transactional
public class ProductManagement {

	private static final Logger log = LoggerFactory.getLogger(ProductManagement.class);

	private final Products products;

	private final Categories categories;

	private final Clock clock;

	private final SearchIndexFeed search;

	ProductManagement(Products products, Categories categories, Clock clock, SearchIndexFeed search) {
		this.products = products;
		this.categories = categories;
		this.clock = clock;
		this.search = search;
	}

	public Product add(NewProduct request) {
		categories.requireExisting(request.categoryId());
		if (products.existsBySku(request.sku())) {
			throw new SkuAlreadyUsed(request.sku());
		}
		var product = Product.add(request.sku(), request.name(), request.description(), request.price(),
				request.categoryId(), Objects.requireNonNullElse(request.attributes(), Attributes.NONE),
				clock.instant());
		try {
			product = products.save(product);
		}
		catch (DuplicateKeyException raceWithAnotherAdd) {
			throw new SkuAlreadyUsed(request.sku());
		}
		search.catchUpAfterCommit();
		log.info("Added product {} ({}) at {}", product.getSku(), product.getName(), product.getPrice());
		return product;
	}

	Product describe(ProductId id, ProductChanges changes) {
		categories.requireExisting(changes.categoryId());
		return change(id, product -> product.describe(changes.name(), changes.description(), changes.categoryId(),
				Objects.requireNonNullElse(changes.attributes(), Attributes.NONE), clock.instant()));
	}

	Product changePrice(ProductId id, Money price) {
		return change(id, product -> product.changePrice(price, clock.instant()));
	}

	Product deactivate(ProductId id) {
		return change(id, product -> product.deactivate(clock.instant()));
	}

	Product activate(ProductId id) {
		return change(id, product -> product.activate(clock.instant()));
	}

	private Product change(ProductId id, Consumer<Product> change) {
		products.lockSearchRevision();
		var product = products.findById(id).orElseThrow(() -> new ProductNotFound(id));
		change.accept(product);
		search.catchUpAfterCommit();
		return products.save(product);
	}

}
