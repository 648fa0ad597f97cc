package app.orders.cart;

import java.time.Instant;
import java.util.List;

import app.users.UserId;

/**
 * Empties a cart for checkout as what changes: its row and its lines, without loading the
 * aggregate and writing it back whole, which takes five statements where two do (ADR
 * 0039, as for a placed order).
 */
interface CartStore {

	/**
	 * Takes every line out of the customer's cart, in the cart's order. Locks the cart's
	 * row as {@link Carts#findLockedById} does, so that a change to the cart waits for
	 * the checkout's transaction and then finds it empty.
	 * @return the lines the cart held; none if the customer has no cart
	 */
	List<CartLine> takeLines(UserId customer, Instant now);

}
