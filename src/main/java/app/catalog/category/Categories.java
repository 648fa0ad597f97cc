package app.catalog.category;

import java.util.List;
import java.util.Optional;

import app.catalog.CategoryId;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The category tree. */
public interface Categories
		extends Repository<Category, CategoryId>, org.jmolecules.ddd.types.Repository<Category, CategoryId> {

	Category save(Category category);

	Optional<Category> findById(CategoryId id);

	boolean existsById(CategoryId id);

	List<Category> findAll();

	/**
	 * Whether {@code candidate} is {@code category} itself or lies below it, which would
	 * make moving there a cycle.
	 */
	@Query("""
			WITH RECURSIVE subtree AS (
			    SELECT id FROM catalog.categories WHERE id = :category
			    UNION ALL
			    SELECT child.id FROM catalog.categories child JOIN subtree ON child.parent_id = subtree.id)
			SELECT EXISTS (SELECT 1 FROM subtree WHERE id = :candidate)""")
	boolean isWithinSubtree(CategoryId category, CategoryId candidate);

}
