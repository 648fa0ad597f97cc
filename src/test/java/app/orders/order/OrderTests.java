package app.orders.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import app.catalog.CommitStock;
import app.catalog.ProductId;
import app.catalog.ReleaseStock;
import app.catalog.ReserveStock;
import app.catalog.Sku;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

class OrderTests {

	static final Instant PLACED = Instant.parse("2026-12-02T10:00:00Z");

	static final Instant RESERVED = Instant.parse("2026-12-02T10:00:05Z");

	static final Instant PAID = Instant.parse("2026-12-02T10:00:09Z");

	static final Instant LATER = Instant.parse("2026-12-02T11:30:00Z");

	static final Instant SHIPPED = Instant.parse("2026-12-03T08:00:00Z");

	static final Instant DELIVERED = Instant.parse("2026-12-04T14:00:00Z");

	static final String TOKEN = "tok_visa_4242";

	static final OrderId ID = new OrderId(UUID.fromString("0b6f3c1e-5d2a-4c8e-9f10-2a3b4c5d6e7f"));

	static final UserId CUSTOMER = new UserId(UUID.fromString("7e1d2c3b-4a59-4687-9a1b-0c2d3e4f5a6b"));

	static final OrderLine SHOES = new OrderLine(ProductId.random(), new Sku("RUN-1"), "Trail shoe",
			Money.of("49.90", "EUR"), 2);

	static final OrderLine SOCKS = new OrderLine(ProductId.random(), new Sku("SOCK-3"), "Running socks",
			Money.of("9.95", "EUR"), 3);

	static final List<OrderLine> LINES = List.of(SHOES, SOCKS);

	static final Money TOTAL = Money.of("129.65", "EUR");

	static final ShippingAddress ADDRESS = new ShippingAddress("Ada Lovelace", "Hauptstraße 1", null, "10115", "Berlin",
			"DE");

	// Placing

	@Test
	void placingRegistersOrderPlacedAndReservesTheStockOfEveryLine() {
		var order = placeWithCard();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.getTotal()).isEqualTo(TOTAL);
		assertThat(order.getOrderLines()).isEqualTo(LINES);
		assertThat(order.getPlacedAt()).isEqualTo(PLACED);
		assertThat(published(order)).containsExactlyInAnyOrder(new OrderPlaced(ID, CUSTOMER, LINES, TOTAL, PLACED),
				new ReserveStock(ID.id(),
						List.of(new StockLine(new Sku("RUN-1"), 2), new StockLine(new Sku("SOCK-3"), 3))));
	}

	@Test
	void refusesToPlaceAnOrderWithoutLines() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Order.place(ID, CUSTOMER, List.of(), ADDRESS, TOKEN, PLACED));
	}

	@Test
	void keepsANormalizedCopyOfTheShippingAddress() {
		var order = Order.place(ID, CUSTOMER, LINES,
				new ShippingAddress("  Ada Lovelace ", " Hauptstraße 1", "   ", "10115 ", " Berlin", "DE"), TOKEN,
				PLACED);

		assertThat(order.getShippingAddress()).isEqualTo(ADDRESS);
	}

	// Paying

	@Test
	void chargesTheCardGivenAtCheckoutOnlyOnceTheStockIsReserved() {
		var order = placeWithCard();

		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.CARD_RECEIVED);
		assertThat(published(order)).noneMatch(ChargePayment.class::isInstance);

		assertThat(order.stockReserved(RESERVED)).isTrue();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.CHARGING);
		assertThat(published(order)).containsExactly(new ChargePayment(ID.id(), CUSTOMER.id(), TOTAL, TOKEN));
	}

	@Test
	void waitsForACardWhenNoneWasGivenAtCheckoutAndChargesTheOneThatIsPaidWith() {
		var order = placeWithoutCard();
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.AWAITING_CARD);
		published(order);

		assertThat(order.stockReserved(RESERVED)).isTrue();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.AWAITING_CARD);
		assertThat(published(order)).isEmpty();

		order.pay("tok_later", LATER);

		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.CHARGING);
		assertThat(order.getUpdatedAt()).isEqualTo(LATER);
		assertThat(published(order)).containsExactly(new ChargePayment(ID.id(), CUSTOMER.id(), TOTAL, "tok_later"));
	}

	@Test
	void holdsACardGivenWhileTheStockIsReservedUntilTheReservationSucceeds() {
		var order = placeWithoutCard();
		published(order);

		order.pay("tok_early", PLACED);

		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.CARD_RECEIVED);
		assertThat(published(order)).isEmpty();

		order.stockReserved(RESERVED);

		assertThat(published(order)).containsExactly(new ChargePayment(ID.id(), CUSTOMER.id(), TOTAL, "tok_early"));
	}

	@Test
	void refusesASecondCard() {
		var order = placeWithoutCard();
		order.stockReserved(RESERVED);
		order.pay("tok_first", LATER);
		published(order);

		assertThatThrownBy(() -> order.pay("tok_second", LATER)).isInstanceOf(IllegalTransition.class);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.CHARGING);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void refusesACardWhenOneWasGivenAtCheckout() {
		var order = placeWithCard();

		assertThatThrownBy(() -> order.pay("tok_second", LATER)).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void refusesACardForAConfirmedOrder() {
		var order = orderIn(OrderStatus.CONFIRMED);

		assertThatThrownBy(() -> order.pay("tok_second", LATER)).isInstanceOf(IllegalTransition.class);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void refusesACardForACancelledOrder() {
		var order = placeWithoutCard();
		order.stockReserved(RESERVED);
		order.cancelOnRequest(false, LATER);
		published(order);

		assertThatThrownBy(() -> order.pay("tok_too_late", LATER)).isInstanceOf(IllegalTransition.class);
		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void confirmsAPaidOrderAndCommitsItsStock() {
		var order = orderIn(OrderStatus.AWAITING_PAYMENT);

		assertThat(order.paymentCompleted("4242", PAID)).isTrue();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
		assertThat(order.getCardLast4()).isEqualTo("4242");
		assertThat(published(order)).containsExactlyInAnyOrder(new CommitStock(ID.id()),
				new OrderConfirmed(ID, CUSTOMER, LINES, TOTAL));
	}

	@Test
	void cancelsAnOrderWhosePaymentIsDeclinedAndReleasesItsStock() {
		var order = orderIn(OrderStatus.AWAITING_PAYMENT);

		assertThat(order.paymentDeclined("insufficient funds", PAID)).isTrue();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.getCancellation()).isEqualTo(Reason.PAYMENT_DECLINED);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.DECLINED);
		assertThat(published(order)).containsExactlyInAnyOrder(new ReleaseStock(ID.id()), new OrderCancelled(ID,
				CUSTOMER, LINES, TOTAL, Reason.PAYMENT_DECLINED, "Payment declined: insufficient funds"));
	}

	@Test
	void cancelsAnOrderWhoseStockIsRejectedWithoutReleasingAnything() {
		var order = placeWithCard();
		published(order);

		assertThat(order.stockRejected("Only 1 of RUN-1 left", RESERVED)).isTrue();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.getCancellation()).isEqualTo(Reason.STOCK_REJECTED);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.NOT_CHARGED);
		assertThat(published(order))
			.containsExactly(
					new OrderCancelled(ID, CUSTOMER, LINES, TOTAL, Reason.STOCK_REJECTED, "Only 1 of RUN-1 left"))
			.noneMatch(ReleaseStock.class::isInstance)
			.noneMatch(ChargePayment.class::isInstance);
	}

	// Answers that arrive twice or too late

	@Test
	void ignoresARepeatedStockReservation() {
		var order = orderIn(OrderStatus.AWAITING_PAYMENT);

		assertThat(order.stockReserved(LATER)).isFalse();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
		assertThat(order.getHistory()).hasSize(2);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void ignoresAStockRejectionAfterTheReservation() {
		var order = orderIn(OrderStatus.AWAITING_PAYMENT);

		assertThat(order.stockRejected("late", LATER)).isFalse();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void ignoresAStockReservationForAnOrderCancelledBeforeIt() {
		var order = placeWithCard();
		order.cancelOnRequest(false, PLACED);
		published(order);

		assertThat(order.stockReserved(RESERVED)).isFalse();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void ignoresARepeatedPaymentCompletion() {
		var order = orderIn(OrderStatus.CONFIRMED);

		assertThat(order.paymentCompleted("4242", LATER)).isFalse();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(order.getHistory()).hasSize(3);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void ignoresAPaymentCompletionAfterADecline() {
		var order = orderIn(OrderStatus.AWAITING_PAYMENT);
		order.paymentDeclined("insufficient funds", PAID);
		published(order);

		assertThat(order.paymentCompleted("4242", LATER)).isFalse();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.DECLINED);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void ignoresADeclineAfterThePaymentCompleted() {
		var order = orderIn(OrderStatus.CONFIRMED);

		assertThat(order.paymentDeclined("late", LATER)).isFalse();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void ignoresAPaymentAnswerForAnOrderThatWasNeverCharged() {
		var order = placeWithoutCard();
		order.stockReserved(RESERVED);
		published(order);

		assertThat(order.paymentCompleted("4242", LATER)).isFalse();
		assertThat(order.paymentDeclined("no card", LATER)).isFalse();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
		assertThat(published(order)).isEmpty();
	}

	// Cancelling and refunding

	@Test
	void refundsAConfirmedOrderThatIsCancelledAndReleasesItsStock() {
		var order = orderIn(OrderStatus.CONFIRMED);

		order.cancelOnRequest(false, LATER);

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.getCancellation()).isEqualTo(Reason.CANCELLED_BY_CUSTOMER);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.REFUNDING);
		assertThat(published(order)).containsExactlyInAnyOrder(new ReleaseStock(ID.id()),
				new RefundPayment(ID.id(), "Cancelled by you"),
				new OrderCancelled(ID, CUSTOMER, LINES, TOTAL, Reason.CANCELLED_BY_CUSTOMER, "Cancelled by you"));

		assertThat(order.refunded(LATER)).isTrue();

		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(published(order)).isEmpty();
		assertThat(order.refunded(LATER)).isFalse();
	}

	@Test
	void recordsThatTheShopCancelledAnOrder() {
		var order = orderIn(OrderStatus.AWAITING_PAYMENT);

		order.cancelOnRequest(true, LATER);

		assertThat(order.getCancellation()).isEqualTo(Reason.CANCELLED_BY_ADMIN);
		assertThat(published(order)).contains(
				new OrderCancelled(ID, CUSTOMER, LINES, TOTAL, Reason.CANCELLED_BY_ADMIN, "Cancelled by the shop"),
				new ReleaseStock(ID.id()));
	}

	@Test
	void refundsAChargeThatCompletesAfterTheCustomerCancelled() {
		var order = orderIn(OrderStatus.AWAITING_PAYMENT); // the charge is under way

		order.cancelOnRequest(false, LATER);

		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.CHARGING);
		assertThat(published(order)).containsExactlyInAnyOrder(new ReleaseStock(ID.id()),
				new OrderCancelled(ID, CUSTOMER, LINES, TOTAL, Reason.CANCELLED_BY_CUSTOMER, "Cancelled by you"));

		assertThat(order.paymentCompleted("4242", LATER)).isTrue();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.REFUNDING);
		assertThat(published(order))
			.containsExactly(new RefundPayment(ID.id(), "The order was cancelled before its payment went through"));

		assertThat(order.refunded(LATER)).isTrue();
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
	}

	@Test
	void acceptsADeclineForAnOrderCancelledWhileItWasCharged() {
		var order = orderIn(OrderStatus.AWAITING_PAYMENT);
		order.cancelOnRequest(false, LATER);
		published(order);

		assertThat(order.paymentDeclined("insufficient funds", LATER)).isTrue();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.getCancellation()).isEqualTo(Reason.CANCELLED_BY_CUSTOMER);
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.DECLINED);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void doesNotRefundAnOrderThatWasNotPaid() {
		var order = orderIn(OrderStatus.AWAITING_PAYMENT);

		assertThat(order.refunded(LATER)).isFalse();
		assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.CHARGING);
	}

	@ParameterizedTest
	@EnumSource(names = { "SHIPPED", "DELIVERED", "CANCELLED" })
	void refusesToCancelAnOrderOnceItIsShippedDeliveredOrCancelled(OrderStatus status) {
		var order = orderIn(status);
		var history = order.getHistory();

		assertThatThrownBy(() -> order.cancelOnRequest(false, LATER)).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> order.cancelOnRequest(true, LATER)).isInstanceOf(IllegalTransition.class);

		assertThat(order.getStatus()).isEqualTo(status);
		assertThat(order.getHistory()).isEqualTo(history);
		assertThat(published(order)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(names = { "PENDING", "AWAITING_PAYMENT", "CONFIRMED" })
	void cancelsAnOrderOnRequestUntilItIsShipped(OrderStatus status) {
		var order = orderIn(status);

		order.cancelOnRequest(false, LATER);

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(published(order)).contains(new ReleaseStock(ID.id()));
	}

	// Expiring

	@Test
	void expiresAnOrderThatWaitedForACardTooLong() {
		var order = placeWithoutCard();
		order.stockReserved(RESERVED);
		published(order);

		assertThat(order.expireUnpaid(LATER)).isTrue();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.getCancellation()).isEqualTo(Reason.PAYMENT_NOT_RECEIVED);
		assertThat(published(order)).containsExactlyInAnyOrder(new ReleaseStock(ID.id()), new OrderCancelled(ID,
				CUSTOMER, LINES, TOTAL, Reason.PAYMENT_NOT_RECEIVED, "No payment arrived in time"));
		assertThat(order.expireUnpaid(LATER)).isFalse();
	}

	@ParameterizedTest
	@EnumSource
	void doesNotExpireAnOrderWhoseCardWasGiven(OrderStatus status) {
		var order = orderIn(status);

		assertThat(order.expireUnpaid(LATER)).isFalse();

		assertThat(order.getStatus()).isEqualTo(status);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void doesNotExpireAnOrderWhoseStockIsStillBeingReserved() {
		var order = placeWithoutCard();
		published(order);

		assertThat(order.expireUnpaid(LATER)).isFalse();

		assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
		assertThat(published(order)).isEmpty();
	}

	@Test
	void doesNotExpireAnOrderTheCustomerCancelledBeforePaying() {
		var order = placeWithoutCard();
		order.stockReserved(RESERVED);
		order.cancelOnRequest(false, LATER);
		published(order);

		assertThat(order.expireUnpaid(LATER)).isFalse();

		assertThat(order.getCancellation()).isEqualTo(Reason.CANCELLED_BY_CUSTOMER);
		assertThat(published(order)).isEmpty();
	}

	// Shipping and delivering

	@Test
	void shipsAndDeliversAConfirmedOrder() {
		var order = orderIn(OrderStatus.CONFIRMED);

		order.ship(SHIPPED);

		assertThat(order.getStatus()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(published(order)).containsExactly(new OrderShipped(ID, CUSTOMER, LINES, TOTAL));

		order.deliver(DELIVERED);

		assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(order.getUpdatedAt()).isEqualTo(DELIVERED);
		assertThat(published(order)).containsExactly(new OrderDelivered(ID, CUSTOMER, LINES, TOTAL));
	}

	@ParameterizedTest
	@EnumSource(names = "CONFIRMED", mode = EnumSource.Mode.EXCLUDE)
	void refusesToShipAnOrderThatIsNotConfirmed(OrderStatus status) {
		var order = orderIn(status);

		assertThatThrownBy(() -> order.ship(SHIPPED)).isInstanceOf(IllegalTransition.class);

		assertThat(order.getStatus()).isEqualTo(status);
		assertThat(published(order)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(names = "SHIPPED", mode = EnumSource.Mode.EXCLUDE)
	void refusesToDeliverAnOrderThatIsNotShipped(OrderStatus status) {
		var order = orderIn(status);

		assertThatThrownBy(() -> order.deliver(DELIVERED)).isInstanceOf(IllegalTransition.class);

		assertThat(order.getStatus()).isEqualTo(status);
		assertThat(published(order)).isEmpty();
	}

	// History

	@Test
	void recordsEveryStepOfAFulfilledOrderWithItsReason() {
		var order = placeWithCard();
		order.stockReserved(RESERVED);
		order.paymentCompleted("4242", PAID);
		order.ship(SHIPPED);
		order.deliver(DELIVERED);

		assertThat(order.getHistory()).containsExactly(new StatusChange(OrderStatus.PENDING, PLACED, "Placed"),
				new StatusChange(OrderStatus.AWAITING_PAYMENT, RESERVED, "Stock reserved"),
				new StatusChange(OrderStatus.CONFIRMED, PAID, "Paid with the card ending in 4242"),
				new StatusChange(OrderStatus.SHIPPED, SHIPPED, "Shipped"),
				new StatusChange(OrderStatus.DELIVERED, DELIVERED, "Delivered"));
	}

	@Test
	void recordsWhyAnOrderWasCancelled() {
		var order = placeWithCard();
		order.stockReserved(RESERVED);
		order.paymentDeclined("insufficient funds", PAID);

		assertThat(order.getHistory()).containsExactly(new StatusChange(OrderStatus.PENDING, PLACED, "Placed"),
				new StatusChange(OrderStatus.AWAITING_PAYMENT, RESERVED, "Stock reserved"),
				new StatusChange(OrderStatus.CANCELLED, PAID, "Payment declined: insufficient funds"));
	}

	@Test
	void doesNotLetItsHistoryBeChangedFromOutside() {
		var order = placeWithCard();

		assertThatThrownBy(() -> order.getHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThat(order.getHistory()).hasSize(1);
	}

	// The card token

	@Test
	void forgetsTheCardTokenOnceTheChargeIsRequested() {
		var order = placeWithCard();
		assertThat(cardTokenOf(order)).isEqualTo(TOKEN);
		published(order);

		order.stockReserved(RESERVED);

		assertThat(published(order)).singleElement()
			.isInstanceOfSatisfying(ChargePayment.class, charge -> assertThat(charge.cardToken()).isEqualTo(TOKEN));
		assertThat(cardTokenOf(order)).isNull();
	}

	@Test
	void forgetsTheCardTokenOfAnOrderCancelledBeforeItWasCharged() {
		var order = placeWithCard();

		order.stockRejected("Only 1 of RUN-1 left", RESERVED);

		assertThat(cardTokenOf(order)).isNull();
		assertThat(published(order)).noneMatch(ChargePayment.class::isInstance);
	}

	// The lifecycle

	/**
	 * The documented lifecycle: PENDING → AWAITING_PAYMENT → CONFIRMED → SHIPPED →
	 * DELIVERED.
	 */
	static final Set<List<OrderStatus>> ALLOWED = Set.of(List.of(OrderStatus.PENDING, OrderStatus.AWAITING_PAYMENT),
			List.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.CONFIRMED),
			List.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED), List.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED),
			// CANCELLED only from these three
			List.of(OrderStatus.PENDING, OrderStatus.CANCELLED),
			List.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.CANCELLED),
			List.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED));

	static Stream<Arguments> everyMove() {
		return Stream.of(OrderStatus.values())
			.flatMap(from -> Stream.of(OrderStatus.values())
				.map(to -> Arguments.of(from, to, ALLOWED.contains(List.of(from, to)))));
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@MethodSource("everyMove")
	void movesOnlyAlongTheDocumentedLifecycle(OrderStatus from, OrderStatus to, boolean allowed) {
		assertThat(from.canBecome(to)).isEqualTo(allowed);
	}

	// Fixtures

	static Order placeWithCard() {
		return Order.place(ID, CUSTOMER, LINES, ADDRESS, TOKEN, PLACED);
	}

	static Order placeWithoutCard() {
		return Order.place(ID, CUSTOMER, LINES, ADDRESS, null, PLACED);
	}

	/**
	 * An order with a card given at checkout, driven to the status, its events published.
	 */
	static Order orderIn(OrderStatus status) {
		var order = placeWithCard();
		switch (status) {
			case PENDING -> {
			}
			case AWAITING_PAYMENT -> order.stockReserved(RESERVED);
			case CONFIRMED -> {
				order.stockReserved(RESERVED);
				order.paymentCompleted("4242", PAID);
			}
			case SHIPPED -> {
				order.stockReserved(RESERVED);
				order.paymentCompleted("4242", PAID);
				order.ship(SHIPPED);
			}
			case DELIVERED -> {
				order.stockReserved(RESERVED);
				order.paymentCompleted("4242", PAID);
				order.ship(SHIPPED);
				order.deliver(DELIVERED);
			}
			case CANCELLED -> order.stockRejected("Only 1 of RUN-1 left", RESERVED);
		}
		assertThat(order.getStatus()).isEqualTo(status);
		published(order);
		return order;
	}

	/**
	 * What the order registered since it was last saved, as the repository would publish
	 * it; clears them, as saving does.
	 */
	static List<Object> published(Order order) {
		Collection<?> events = ReflectionTestUtils.invokeMethod(order, "domainEvents");
		var copy = new ArrayList<Object>(events);
		ReflectionTestUtils.invokeMethod(order, "clearDomainEvents");
		return copy;
	}

	static @Nullable Object cardTokenOf(Order order) {
		return ReflectionTestUtils.getField(order, "cardToken");
	}

}
