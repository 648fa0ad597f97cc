package app.catalog.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import app.catalog.ProductId;
import app.catalog.Sku;
import org.springframework.data.repository.Repository;

/** All products of the catalog. */
public interface Products
		extends Repository<Product, ProductId>, org.jmolecules.ddd.types.Repository<Product, ProductId> {

	Product save(Product product);

	Optional<Product> findById(ProductId id);

	Optional<Product> findBySku(Sku sku);

	/** The product with this SKU; a 404 for the client when there is none. */
	default Product getBySku(Sku sku) {
		return findBySku(sku).orElseThrow(() -> new ProductNotFound(sku));
	}

	List<Product> findAllByIdIn(Collection<ProductId> ids);

	boolean existsBySku(Sku sku);

	long count();

}
