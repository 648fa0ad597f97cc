package app.catalog.inventory;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The stock reservations of all orders, past and present. */
interface StockReservations extends Repository<StockReservation, StockReservationId>,
		org.jmolecules.ddd.types.Repository<StockReservation, StockReservationId> {

	StockReservation save(StockReservation reservation);

	Optional<StockReservation> findById(StockReservationId id);

}
