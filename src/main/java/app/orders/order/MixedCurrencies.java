package app.orders.order;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A cart whose products are priced in different currencies, which no one charge can pay.
 */
@Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "mixed-currencies")
class MixedCurrencies extends RuntimeException {

	MixedCurrencies() {
		super("Your cart holds products priced in different currencies: check them out separately");
	}

}
