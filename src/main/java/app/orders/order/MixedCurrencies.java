package app.orders.order;

/**
 * A cart whose products are priced in different currencies, which no one charge can pay.
 */
public class MixedCurrencies extends RuntimeException {

	MixedCurrencies() {
		super("Your cart holds products priced in different currencies: check them out separately");
	}

}
