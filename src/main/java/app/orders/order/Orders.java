package app.orders.order;

import java.util.Optional;

import app.orders.OrderId;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** Every order ever placed. */
interface Orders extends Repository<Order, OrderId>, OrderStore, org.jmolecules.ddd.types.Repository<Order, OrderId> {

	/** Stores a new order; a change to one placed is stored by {@link #saveChange}. */
	Order save(Order order);

	Optional<Order> findById(OrderId id);

	/**
	 * Loads an order and locks it for the rest of the transaction: a customer's
	 * cancellation and a payment's answer for the same order happen one after the other,
	 * each seeing what the other did.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Order> findLockedById(OrderId id);

}
