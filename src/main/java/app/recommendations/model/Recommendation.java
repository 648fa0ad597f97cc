package app.recommendations.model;

import app.catalog.ProductId;
import app.catalog.Sku;

/**
 * A product recommended, and why.
 *
 * @param score for {@link Reason#BOUGHT_TOGETHER}, how many orders bought it together
 * with the product (or with the customer's products, summed over them); for
 * {@link Reason#POPULAR}, how many orders bought it
 */
record Recommendation(ProductId productId, Sku sku, String name, Reason reason, long score) {

	/** Why a product is recommended. */
	enum Reason {

		/** Customers bought it together with the product, or with what you bought. */
		BOUGHT_TOGETHER,

		/** Among the products bought most often. */
		POPULAR

	}

}
