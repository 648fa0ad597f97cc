package app.orders.order;

/**
 * Stores a change to an order already placed as what changed: its row updated and the
 * statuses it reached since it was loaded appended to its history. Spring Data JDBC's
 * {@code save} writes an aggregate whole, deleting and inserting its lines and history
 * again at every step of the saga (ADR 0039).
 */
interface OrderStore {

	/**
	 * Stores what changed in an order loaded from {@link Orders}, and publishes the
	 * events and commands it registered, as {@code save} does (its name begins with
	 * "save").
	 * @return the order, at its new version
	 * @throws org.springframework.dao.OptimisticLockingFailureException if the order
	 * changed since it was loaded
	 */
	Order saveChange(Order order);

}
