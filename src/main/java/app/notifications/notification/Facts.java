package app.notifications.notification;

import java.util.List;
import java.util.UUID;

import app.money.Money;
import app.orders.OrderLine;
import org.jspecify.annotations.Nullable;

/**
 * What a notification reports besides whom it is for, as its event told it: the order,
 * its lines and its total, or the amount refunded. Nothing personal, so it is kept after
 * the customer's account is deleted.
 *
 * @param orderId the order it is about, if any
 * @param lines what was ordered
 * @param total the order's total, or the amount refunded
 * @param detail why, in words for the customer (a cancellation's reason)
 * @param cancellation why an order was cancelled, as {@code OrderCancelled.Reason} names
 * it: what was held for it and what goes back depends on it
 */
record Facts(@Nullable UUID orderId, List<Line> lines, @Nullable Money total, @Nullable String detail,
		@Nullable String cancellation) {

	/** Facts of a notification that needs none, such as a welcome. */
	public static final Facts NONE = new Facts(null, List.of(), null, null, null);

	public Facts {
		lines = List.copyOf(lines);
	}

	public static Facts order(UUID orderId, List<OrderLine> lines, Money total) {
		return new Facts(orderId, lines.stream().map(Line::of).toList(), total, null, null);
	}

	public static Facts cancellation(UUID orderId, List<OrderLine> lines, Money total, String reason, String detail) {
		return new Facts(orderId, lines.stream().map(Line::of).toList(), total, detail, reason);
	}

	public static Facts refund(UUID orderId, Money amount) {
		return new Facts(orderId, List.of(), amount, null, null);
	}

	/**
	 * One line of an order, as the customer reads it.
	 *
	 * @param total the unit price times the quantity
	 */
	public record Line(String name, int quantity, Money unitPrice, Money total) {

		static Line of(OrderLine line) {
			return new Line(line.name(), line.quantity(), line.unitPrice(), line.total());
		}

	}

}
