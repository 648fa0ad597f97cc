package app.catalog.inventory;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** The stock reservations of all orders, past and present. */
interface StockReservations extends Repository<StockReservation, StockReservationId>,
		org.jmolecules.ddd.types.Repository<StockReservation, StockReservationId> {

	StockReservation save(StockReservation reservation);

	Optional<StockReservation> findById(StockReservationId id);

	/**
	 * Loads a reservation and locks it for the rest of the transaction, so that a command
	 * delivered twice at once is handled once and seen as handled the second time.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<StockReservation> findLockedById(StockReservationId id);

}
