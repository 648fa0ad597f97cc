package app.catalog.inventory;

import app.catalog.ProductId;
import app.catalog.Sku;

/** The stock of one SKU as an administrator sees it. */
record StockLevel(Sku sku, ProductId productId, int onHand, int reserved, int available) {

	static StockLevel of(StockItem item) {
		return new StockLevel(item.getSku(), item.getProductId(), item.getOnHand(), item.getReserved(),
				item.getAvailable());
	}
}
