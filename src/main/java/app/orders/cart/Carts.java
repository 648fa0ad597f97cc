package app.orders.cart;

import java.util.Optional;

import app.users.UserId;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** Every customer's cart. */
interface Carts extends Repository<Cart, UserId>, CartStore, org.jmolecules.ddd.types.Repository<Cart, UserId> {

	Cart save(Cart cart);

	Optional<Cart> findById(UserId customer);

	/**
	 * Loads a cart and locks it, so that a checkout and a change to it happen one after
	 * the other.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Cart> findLockedById(UserId customer);

}
