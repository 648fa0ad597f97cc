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

	/**
	 * Refuses a request that names, in its body, a category that does not exist (422).
	 */
	default void requireExisting(CategoryId id) {
		if (!existsById(id)) {
			throw new UnknownCategory(id);
		}
	}

	List<Category> findAll();

	/**
	 * The ids of {@code :category} and of every category below it, as the table
	 * {@code subtree}, to start a query with. {@code UNION} rather than {@code UNION ALL}
	 * stops the recursion on a cycle, should one ever exist. In SQL: a derived query
	 * cannot recurse.
	 */
	String SUBTREE = """
			WITH RECURSIVE subtree AS (
			    SELECT id FROM catalog.categories WHERE id = :category
			    UNION
			    SELECT child.id FROM catalog.categories child JOIN subtree ON child.parent_id = subtree.id)
			""";

	/**
	 * Whether {@code candidate} is {@code category} itself or lies below it, which would
	 * make moving {@code category} under it a cycle.
	 */
	@Query(SUBTREE + "SELECT EXISTS (SELECT 1 FROM subtree WHERE id = :candidate)")
	boolean isWithinSubtree(CategoryId category, CategoryId candidate);

	/**
	 * Makes changes to the tree's shape wait for each other until the transaction ends:
	 * two moves checked at the same time could each pass the cycle check and together
	 * close a cycle.
	 */
	@Query("SELECT true FROM pg_advisory_xact_lock(hashtext('catalog.categories'))")
	boolean lockTreeShape();

}
