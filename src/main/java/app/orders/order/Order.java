package app.orders.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import app.catalog.CommitStock;
import app.catalog.ReleaseStock;
import app.catalog.ReserveStock;
import app.catalog.StockLine;
import app.money.Money;
import app.orders.OrderCancelled;
import app.orders.OrderCancelled.Reason;
import app.orders.OrderConfirmed;
import app.orders.OrderDelivered;
import app.orders.OrderId;
import app.orders.OrderLine;
import app.orders.OrderPlaced;
import app.orders.OrderShipped;
import app.payments.ChargePayment;
import app.payments.RefundPayment;
import app.users.UserId;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer's order, from checkout to delivery or cancellation: the lines as they were
 * priced, where they go, how far the payment has come, and every status it went through.
 * <p>
 * It drives the checkout saga by registering the commands of the other modules
 * ({@link ReserveStock}, {@link ChargePayment}, {@link CommitStock},
 * {@link ReleaseStock}, {@link RefundPayment}) beside its own events, so that both are
 * stored with its new state in one transaction. What the customer or an administrator
 * asks for is refused when the status does not allow it; answers of the other modules
 * that arrive twice or too late change nothing, because the registry may deliver them
 * again.
 */
@Table(schema = "orders", name = "orders")
class Order extends AbstractAggregateRoot<Order> implements AggregateRoot<Order, OrderId> {

	private final @Id OrderId id;

	private final UserId customerId;

	private OrderStatus status;

	private final @MappedCollection(idColumn = "order_id", keyColumn = "position") List<Line> lines;

	private final @Embedded.Nullable(prefix = "total_") Money total;

	private final @Embedded.Nullable(prefix = "ship_") ShippingAddress shippingAddress;

	private PaymentStatus paymentStatus;

	private @Nullable String cardToken;

	private @Nullable String cardLast4;

	private @Nullable Reason cancellation;

	private final @MappedCollection(idColumn = "order_id", keyColumn = "position") List<StatusChange> history;

	private final @InsertOnlyProperty Instant placedAt;

	private Instant updatedAt;

	private @Version @Nullable Long version;

	/** How many of the history's entries are stored: a change appends the rest. */
	private @Transient int historyStored;

	@PersistenceCreator
	private Order(OrderId id, UserId customerId, OrderStatus status, List<Line> lines, Money total,
			ShippingAddress shippingAddress, PaymentStatus paymentStatus, @Nullable String cardToken,
			@Nullable String cardLast4, @Nullable Reason cancellation, List<StatusChange> history, Instant placedAt,
			Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.customerId = customerId;
		this.status = status;
		this.lines = List.copyOf(lines);
		this.total = total;
		this.shippingAddress = shippingAddress;
		this.paymentStatus = paymentStatus;
		this.cardToken = cardToken;
		this.cardLast4 = cardLast4;
		this.cancellation = cancellation;
		this.history = new ArrayList<>(history);
		this.placedAt = placedAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.historyStored = version == null ? 0 : history.size();
	}

	/**
	 * A new order, PENDING while the catalog reserves its stock.
	 * @param cardToken the card to charge once the stock is reserved; without one the
	 * order waits for the customer to pay
	 */
	static Order place(OrderId id, UserId customer, List<OrderLine> lines, ShippingAddress shippingAddress,
			@Nullable String cardToken, Instant now) {
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("an order needs at least one line");
		}
		var total = lines.stream().map(OrderLine::total).reduce(Money::plus).orElseThrow();
		var order = new Order(id, customer, OrderStatus.PENDING, lines.stream().map(Line::of).toList(), total,
				shippingAddress.normalized(),
				cardToken == null ? PaymentStatus.AWAITING_CARD : PaymentStatus.CARD_RECEIVED, cardToken, null, null,
				List.of(new StatusChange(OrderStatus.PENDING, now, "Placed")), now, now, null);
		order.registerEvent(new OrderPlaced(id, customer, lines, total, now));
		order.registerEvent(new ReserveStock(id.id(),
				lines.stream().map(line -> new StockLine(line.sku(), line.quantity())).toList()));
		return order;
	}

	/**
	 * The catalog set the stock aside: the order now waits for its payment, and the card,
	 * if one was given, is charged.
	 * @return whether this changed the order; a late or repeated answer does not
	 */
	boolean stockReserved(Instant now) {
		if (status != OrderStatus.PENDING) {
			return false;
		}
		moveTo(OrderStatus.AWAITING_PAYMENT, "Stock reserved", now);
		if (paymentStatus == PaymentStatus.CARD_RECEIVED) {
			requestCharge();
		}
		return true;
	}

	/**
	 * The catalog could not reserve every line: nothing is held, so nothing goes back.
	 */
	boolean stockRejected(String detail, Instant now) {
		if (status != OrderStatus.PENDING) {
			return false;
		}
		cancel(Reason.STOCK_REJECTED, detail, now);
		return true;
	}

	/** The customer gives the card to pay with, if they did not at checkout. */
	void pay(String cardToken, Instant now) {
		Objects.requireNonNull(cardToken, "cardToken must not be null");
		if (paymentStatus != PaymentStatus.AWAITING_CARD
				|| (status != OrderStatus.PENDING && status != OrderStatus.AWAITING_PAYMENT)) {
			throw new IllegalTransition(id, status,
					"take a card: its payment is " + paymentStatus.name().toLowerCase().replace('_', ' '));
		}
		this.cardToken = cardToken;
		paymentStatus = PaymentStatus.CARD_RECEIVED;
		updatedAt = now;
		if (status == OrderStatus.AWAITING_PAYMENT) {
			requestCharge();
		}
	}

	/**
	 * The total was charged. A live order is confirmed and its stock sold; one cancelled
	 * while the charge was under way gets its money back.
	 */
	boolean paymentCompleted(String cardLast4, Instant now) {
		if (paymentStatus != PaymentStatus.CHARGING) {
			return false;
		}
		paymentStatus = PaymentStatus.PAID;
		this.cardLast4 = cardLast4;
		updatedAt = now;
		if (status == OrderStatus.CANCELLED) {
			refund("The order was cancelled before its payment went through");
			return true;
		}
		moveTo(OrderStatus.CONFIRMED, "Paid with the card ending in " + cardLast4, now);
		registerEvent(new CommitStock(id.id()));
		registerEvent(new OrderConfirmed(id, customerId, getOrderLines(), total));
		return true;
	}

	/** The charge did not go through: the order is cancelled and its stock released. */
	boolean paymentDeclined(String detail, Instant now) {
		if (paymentStatus != PaymentStatus.CHARGING) {
			return false;
		}
		paymentStatus = PaymentStatus.DECLINED;
		updatedAt = now;
		if (status == OrderStatus.AWAITING_PAYMENT) {
			cancel(Reason.PAYMENT_DECLINED, "Payment declined: " + detail, now);
		}
		return true;
	}

	boolean refunded(Instant now) {
		if (paymentStatus != PaymentStatus.REFUNDING) {
			return false;
		}
		paymentStatus = PaymentStatus.REFUNDED;
		updatedAt = now;
		return true;
	}

	/** Cancelled by the customer or an administrator, before the order was shipped. */
	void cancelOnRequest(boolean byAdministrator, Instant now) {
		if (!status.canBecome(OrderStatus.CANCELLED)) {
			throw new IllegalTransition(id, status, "be cancelled");
		}
		if (byAdministrator) {
			cancel(Reason.CANCELLED_BY_ADMIN, "Cancelled by the shop", now);
		}
		else {
			cancel(Reason.CANCELLED_BY_CUSTOMER, "Cancelled by you", now);
		}
	}

	/**
	 * Cancels an order that waited for a card longer than the payment window.
	 * @return whether it was still waiting
	 */
	boolean expireUnpaid(Instant now) {
		if (status != OrderStatus.AWAITING_PAYMENT || paymentStatus != PaymentStatus.AWAITING_CARD) {
			return false;
		}
		cancel(Reason.PAYMENT_NOT_RECEIVED, "No payment arrived in time", now);
		return true;
	}

	void ship(Instant now) {
		requireAllowed(OrderStatus.SHIPPED, "be shipped");
		moveTo(OrderStatus.SHIPPED, "Shipped", now);
		registerEvent(new OrderShipped(id, customerId, getOrderLines(), total));
	}

	void deliver(Instant now) {
		requireAllowed(OrderStatus.DELIVERED, "be delivered");
		moveTo(OrderStatus.DELIVERED, "Delivered", now);
		registerEvent(new OrderDelivered(id, customerId, getOrderLines(), total));
	}

	boolean isPlacedBy(UserId customer) {
		return customerId.equals(customer);
	}

	@Override
	public OrderId getId() {
		return id;
	}

	UserId getCustomerId() {
		return customerId;
	}

	OrderStatus getStatus() {
		return status;
	}

	List<OrderLine> getOrderLines() {
		return lines.stream().map(Line::toOrderLine).toList();
	}

	Money getTotal() {
		return total;
	}

	ShippingAddress getShippingAddress() {
		return shippingAddress;
	}

	PaymentStatus getPaymentStatus() {
		return paymentStatus;
	}

	@Nullable String getCardLast4() {
		return cardLast4;
	}

	@Nullable Reason getCancellation() {
		return cancellation;
	}

	List<StatusChange> getHistory() {
		return List.copyOf(history);
	}

	Instant getPlacedAt() {
		return placedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	/** The card to charge, held only until the charge is asked for. */
	@Nullable String getCardToken() {
		return cardToken;
	}

	long getVersion() {
		return Objects.requireNonNull(version, "a new order has no version yet");
	}

	/** How many entries of {@link #getHistory()} are stored; the rest are new. */
	int getHistoryStored() {
		return historyStored;
	}

	/** {@link OrderStore} stored this order's changes: it is now at {@code version}. */
	void stored(long version) {
		this.version = version;
		this.historyStored = history.size();
	}

	/*
	 * Gives back whatever the order holds: the catalog releases a reservation, restocks
	 * sold units, and remembers a release that came before the reservation. A paid order
	 * is refunded; a charge still under way is refunded when it completes.
	 */
	private void cancel(Reason reason, String detail, Instant now) {
		moveTo(OrderStatus.CANCELLED, detail, now);
		cancellation = reason;
		cardToken = null;
		if (paymentStatus == PaymentStatus.AWAITING_CARD || paymentStatus == PaymentStatus.CARD_RECEIVED) {
			paymentStatus = PaymentStatus.NOT_CHARGED;
		}
		if (reason != Reason.STOCK_REJECTED) {
			registerEvent(new ReleaseStock(id.id()));
		}
		if (paymentStatus == PaymentStatus.PAID) {
			refund(detail);
		}
		registerEvent(new OrderCancelled(id, customerId, getOrderLines(), total, reason, detail));
	}

	private void requestCharge() {
		var token = Objects.requireNonNull(cardToken, "a card must be given before it is charged");
		registerEvent(new ChargePayment(id.id(), customerId.id(), total, token));
		// The command carries the token now; the order has no further use for it.
		cardToken = null;
		paymentStatus = PaymentStatus.CHARGING;
	}

	private void refund(String reason) {
		paymentStatus = PaymentStatus.REFUNDING;
		registerEvent(new RefundPayment(id.id(), reason));
	}

	private void requireAllowed(OrderStatus next, String attempted) {
		if (!status.canBecome(next)) {
			throw new IllegalTransition(id, status, attempted);
		}
	}

	private void moveTo(OrderStatus next, String reason, Instant now) {
		if (!status.canBecome(next)) {
			throw new IllegalStateException("Order %s cannot move from %s to %s".formatted(id, status, next));
		}
		status = next;
		history.add(new StatusChange(next, now, reason));
		updatedAt = now;
	}

}
