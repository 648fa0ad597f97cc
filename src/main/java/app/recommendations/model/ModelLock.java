package app.recommendations.model;

import app.catalog.ProductId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may change the read model at once, as PostgreSQL advisory locks held until the
 * transaction ends, so that they hold across instances: every listener shares the model,
 * a rebuild has it to itself. A listener never waits for a rebuild: it fails, and its
 * publication is resubmitted after the rebuild (ADR 0013), instead of holding one of the
 * listener threads every module shares.
 */
@Component
class ModelLock {

	private final JdbcClient jdbc;

	ModelLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Lets a listener change the model beside the other listeners.
	 * @throws RebuildInProgress if a rebuild holds the model or waits for it
	 */
	void share() {
		if (!lock("SELECT pg_try_advisory_xact_lock_shared(hashtext('recommendations'), hashtext('model'))")) {
			throw new RebuildInProgress("The recommendations are being rebuilt: this is counted once it is done");
		}
	}

	/**
	 * Gives a rebuild the model to itself, once the listeners under way have finished;
	 * listeners that come later fail until the rebuild's transaction ends.
	 * @throws RebuildInProgress if another rebuild runs
	 */
	void takeAlone() {
		if (!lock("SELECT pg_try_advisory_xact_lock(hashtext('recommendations'), hashtext('rebuild'))")) {
			throw new RebuildInProgress("The recommendations are already being rebuilt");
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('recommendations'), hashtext('model'))")
			.query((row, number) -> true)
			.single();
	}

	/**
	 * Makes the changes to one product take turns, so that each reads the catalog after
	 * the one before it wrote.
	 */
	void product(ProductId product) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('recommendations.products'), hashtext(:product))")
			.param("product", product.id().toString())
			.query((row, number) -> true)
			.single();
	}

	private boolean lock(String sql) {
		return jdbc.sql(sql).query(Boolean.class).single();
	}

}
