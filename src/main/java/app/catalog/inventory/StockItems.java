package app.catalog.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import app.catalog.Sku;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** The stock records of all SKUs. */
interface StockItems
		extends Repository<StockItem, StockItemId>, org.jmolecules.ddd.types.Repository<StockItem, StockItemId> {

	StockItem save(StockItem item);

	Optional<StockItem> findBySku(Sku sku);

	/**
	 * Locks the stock of the given SKUs for the rest of the transaction, always in SKU
	 * order, so that two reservations touching the same SKUs wait for each other instead
	 * of deadlocking.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	List<StockItem> findBySkuInOrderBySku(Collection<Sku> skus);

}
