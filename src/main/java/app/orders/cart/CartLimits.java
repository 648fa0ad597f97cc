package app.orders.cart;

/**
 * How much one cart may hold: more units of a line, or more lines, are refused.
 *
 * @param maxQuantityPerLine the most units of one product in a cart
 * @param maxLines the most different products in a cart
 */
public record CartLimits(int maxQuantityPerLine, int maxLines) {
}
