package app.orders.order;

import java.time.Instant;
import java.util.List;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;
import app.orders.OrderCancelled.Reason;
import app.orders.OrderId;
import app.users.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An order as its customer and the shop's administrators see it: its lines and total,
 * where it goes, its payment, and every status it went through.
 *
 * @param cancellation why it was cancelled, if it was
 * @param history every status it reached, oldest first
 */
record OrderView(OrderId id, UserId customerId, OrderStatus status, List<Line> lines, Money total,
		ShippingAddress shippingAddress, Payment payment, @Nullable Reason cancellation, List<StatusChange> history,
		Instant placedAt, Instant updatedAt) {

	// No personal data: Spring MVC logs bodies by their toString() at debug level
	// (LogPrivacyTests).
	@Override
	public String toString() {
		return "OrderView[id=" + id + ", status=" + status + "]";
	}

	static OrderView of(Order order) {
		var lines = order.getOrderLines()
			.stream()
			.map(line -> new Line(line.productId(), line.sku(), line.name(), line.unitPrice(), line.quantity(),
					line.total()))
			.toList();
		return new OrderView(order.getId(), order.getCustomerId(), order.getStatus(), lines, order.getTotal(),
				order.getShippingAddress(), new Payment(order.getPaymentStatus(), order.getCardLast4()),
				order.getCancellation(), order.getHistory(), order.getPlacedAt(), order.getUpdatedAt());
	}

	/** One line of the order, at the price it was placed at. */
	@Schema(name = "OrderLineView")
	public record Line(ProductId productId, Sku sku, String name, Money unitPrice, int quantity, Money lineTotal) {
	}

	/**
	 * @param cardLast4 the last four digits of the card charged, once it was
	 */
	public record Payment(PaymentStatus status, @Nullable String cardLast4) {
	}

}
