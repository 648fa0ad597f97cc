package app.users;

/**
 * What a user may do. Access tokens carry the role's name, and modules decide access by
 * it.
 */
public enum Role {

	/** Shops: sees and changes only their own profile, cart and orders. */
	CUSTOMER,

	/**
	 * Runs the shop: changes the catalog and inventory, and sees every account and order.
	 */
	ADMIN

}
