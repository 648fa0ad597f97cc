package app.catalog;

/**
 * A stock count below what is already reserved for orders: those orders would be
 * oversold.
 */
public class StockBelowReserved extends RuntimeException {

	public StockBelowReserved(Sku sku, int onHand, int reserved) {
		super("SKU %s has %d units reserved for orders; on hand cannot be set to %d".formatted(sku, reserved, onHand));
	}

}
