package app.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;

import app.catalog.category.CategoryManagement;
import app.catalog.inventory.Inventory;
import app.catalog.product.Product;
import app.catalog.product.ProductManagement;
import app.catalog.product.Products;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What other modules may ask of the catalog directly: look products up to show or price
 * them, and add to the catalog the way an administrator does. Stock is reserved only
 * through the {@link ReserveStock} command, never from here.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class Catalog {

	private final Products products;

	private final ProductManagement productManagement;

	private final CategoryManagement categoryManagement;

	private final Inventory inventory;

	Catalog(Products products, ProductManagement productManagement, CategoryManagement categoryManagement,
			Inventory inventory) {
		this.products = products;
		this.productManagement = productManagement;
		this.categoryManagement = categoryManagement;
		this.inventory = inventory;
	}

	public Optional<CatalogProduct> findProduct(ProductId id) {
		return products.findById(id).map(Catalog::toCatalogProduct);
	}

	public Optional<CatalogProduct> findProduct(Sku sku) {
		return products.findBySku(sku).map(Catalog::toCatalogProduct);
	}

	/** The products with the given ids that exist; unknown ids are left out. */
	public List<CatalogProduct> findProducts(Collection<ProductId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return products.findAllByIdIn(ids).stream().map(Catalog::toCatalogProduct).toList();
	}

	public boolean isEmpty() {
		return products.count() == 0;
	}

	@Transactional
	public CategoryId addCategory(@Valid NewCategory category) {
		return categoryManagement.add(category).getId();
	}

	@Transactional
	public ProductId addProduct(@Valid NewProduct product) {
		return productManagement.add(product).getId();
	}

	/** Records how many units of a SKU are on hand. */
	@Transactional
	public void countStock(Sku sku, @PositiveOrZero int onHand) {
		inventory.count(sku, onHand);
	}

	private static CatalogProduct toCatalogProduct(Product product) {
		return new CatalogProduct(product.getId(), product.getSku(), product.getName(), product.getPrice(),
				product.isActive());
	}

}
