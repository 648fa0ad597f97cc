package app.catalog.inventory;

import app.catalog.Sku;
import app.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A stock count below what is already reserved for orders: those orders would be
 * oversold.
 */
@Refusal(status = HttpStatus.CONFLICT, type = "stock-below-reserved")
class StockBelowReserved extends RuntimeException {

	StockBelowReserved(Sku sku, int onHand, int reserved) {
		super("SKU %s has %d units reserved for orders; on hand cannot be set to %d".formatted(sku, reserved, onHand));
	}

}
