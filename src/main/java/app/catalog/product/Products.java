package app.catalog.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import app.catalog.ProductId;
import app.catalog.Sku;
import org.springframework.data.jdbc.repository.query.Query;
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

	/**
	 * Takes, until the transaction ends, the lock every change to a product's row takes
	 * for its search revision (V5), before the row's own: a checkout whose stock runs out
	 * takes them in that order too, so the two cannot wait for each other.
	 */
	@Query("SELECT true FROM catalog.search_revision FOR UPDATE")
	boolean lockSearchRevision();

}
