package app.payments.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import app.money.Money;
import app.payments.PaymentCompleted;
import app.payments.PaymentDeclined.Reason;
import app.payments.PaymentDeclined;
import app.payments.PaymentId;
import app.payments.PaymentRefunded;
import app.payments.RefundPayment;
import app.payments.processor.ProcessorKey;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The payment of one order: pending while the processor is asked, then completed or
 * declined, and a completed one possibly refunded, or its refund refused. Each step
 * happens once; the step taken is how a command delivered again is recognised. The card's
 * token is kept only while the charge is pending: once decided, nothing can be charged to
 * it again.
 * <p>
 * Attempts count the requests that may have reached the processor. One is counted before
 * its request is sent and stays counted, unanswered, until an answer comes: a crash
 * between sending and recording thus leaves an attempt whose outcome is unknown, never
 * one forgotten. A payment whose outcome is unknown is never given up without the
 * processor saying it has no charge under the payment's key.
 */
@Table(schema = "payments", name = "payments")
class Payment extends AbstractAggregateRoot<Payment> implements AggregateRoot<Payment, PaymentId> {

	enum Status {

		/** The processor is being asked, or was and its answer is not recorded yet. */
		PENDING,
		/** The order's total was charged. */
		COMPLETED,
		/** Nothing was charged, and nothing will be for this order. */
		DECLINED,
		/** The charge went back to the card. */
		REFUNDED,
		/**
		 * The processor refused to give the charge back (refunded before, too old):
		 * nothing will ask it again, and an operator must refund or reconcile the order.
		 */
		REFUND_FAILED

	}

	/** Why a payment charged after it was declined is refunded. */
	static final String LATE_CHARGE = "Charged after the payment was declined";

	private final @Id PaymentId id;

	private final UUID orderId;

	private final UUID customerId;

	private final @Embedded.Nullable Money amount;

	private @Nullable String cardToken;

	private @Nullable String cardLast4;

	private Status status;

	private @Nullable Reason declineReason;

	private @Nullable String declineDetail;

	private @Nullable String chargeReference;

	private @Nullable String refundReference;

	private @Nullable String refundReason;

	private @Nullable String refundFailure;

	private int attempts;

	private int unansweredAttempts;

	private @Nullable Instant lastAttemptAt;

	private final @InsertOnlyProperty Instant createdAt;

	private Instant updatedAt;

	private @Version @Nullable Long version;

	@PersistenceCreator
	private Payment(PaymentId id, UUID orderId, UUID customerId, Money amount, @Nullable String cardToken,
			@Nullable String cardLast4, Status status, @Nullable Reason declineReason, @Nullable String declineDetail,
			@Nullable String chargeReference, @Nullable String refundReference, @Nullable String refundReason,
			@Nullable String refundFailure, int attempts, int unansweredAttempts, @Nullable Instant lastAttemptAt,
			Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.orderId = orderId;
		this.customerId = customerId;
		this.amount = amount;
		this.cardToken = cardToken;
		this.cardLast4 = cardLast4;
		this.status = status;
		this.declineReason = declineReason;
		this.declineDetail = declineDetail;
		this.chargeReference = chargeReference;
		this.refundReference = refundReference;
		this.refundReason = refundReason;
		this.refundFailure = refundFailure;
		this.attempts = attempts;
		this.unansweredAttempts = unansweredAttempts;
		this.lastAttemptAt = lastAttemptAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A pending payment of the order's total, not yet sent to the processor. */
	static Payment start(UUID orderId, UUID customerId, Money amount, String cardToken, Instant now) {
		Objects.requireNonNull(orderId, "orderId must not be null");
		Objects.requireNonNull(customerId, "customerId must not be null");
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("a payment must be positive, was " + amount);
		}
		if (cardToken.isBlank()) {
			throw new IllegalArgumentException("a payment needs a card token");
		}
		return new Payment(PaymentId.random(), orderId, customerId, amount, cardToken, null, Status.PENDING, null, null,
				null, null, null, null, 0, 0, null, now, now, null);
	}

	/**
	 * Counts a request about to be sent to charge this payment, unanswered until its
	 * answer is recorded.
	 */
	void attempt(Instant now) {
		require(Status.PENDING, "charge");
		attempts++;
		unansweredAttempts++;
		lastAttemptAt = now;
		updatedAt = now;
	}

	/**
	 * The attempt never reached the processor (an open circuit breaker, too many calls
	 * under way, no connection): it moved no money and does not count.
	 */
	void attemptNotSent(Instant now) {
		require(Status.PENDING, "record an attempt of");
		attempts = Math.max(attempts - 1, 0);
		unansweredAttempts = Math.max(unansweredAttempts - 1, 0);
		updatedAt = now;
	}

	/** The processor refused the attempt's request itself: it moved no money. */
	void attemptRefused(Instant now) {
		require(Status.PENDING, "record an attempt of");
		unansweredAttempts = Math.max(unansweredAttempts - 1, 0);
		updatedAt = now;
	}

	/**
	 * The attempt's request may have reached the processor and no answer came back: it
	 * stays counted, with its outcome unknown.
	 */
	void attemptUnanswered(Instant now) {
		require(Status.PENDING, "record an attempt of");
		updatedAt = now;
	}

	/**
	 * Whether to stop sending charges: the attempts are used up, or the deadline for
	 * charging passed. What is left is to decide, by looking the key up if its outcome is
	 * unknown.
	 */
	boolean isExhausted(int maxAttempts, Duration deadline, Instant now) {
		return status == Status.PENDING && (attempts >= maxAttempts || !now.isBefore(createdAt.plus(deadline)));
	}

	/**
	 * Whether the processor's answer to a lookup can be believed: the last attempt is
	 * long enough ago that a request of it still under way at the processor would have
	 * been carried out by now.
	 */
	boolean isSettled(Duration settleTime, Instant now) {
		return lastAttemptAt == null || !now.isBefore(lastAttemptAt.plus(settleTime));
	}

	/**
	 * The processor said, once the attempts had settled, that it has no charge under this
	 * payment's key (or that it declined it): no attempt moved money.
	 */
	void noChargeFound(Instant now) {
		if (status != Status.PENDING && status != Status.DECLINED) {
			throw new IllegalStateException(
					"Cannot record a lookup of payment %s of order %s, which is %s".formatted(id, orderId, status));
		}
		unansweredAttempts = 0;
		updatedAt = now;
	}

	/**
	 * A request of this payment went unanswered after the payment was declined as the
	 * processor was unavailable (a delivery that ran while another one declined it): it
	 * may have charged, so the payment is looked up again, and listed for an operator
	 * until it is.
	 */
	void unansweredAfterDecline(Instant now) {
		require(Status.DECLINED, "record an unanswered attempt of");
		unansweredAttempts++;
		updatedAt = now;
	}

	/**
	 * Gives up charging, as the processor was unavailable: only once nothing can have
	 * been charged, so a payment whose outcome is unknown is looked up first.
	 */
	void giveUp(String detail, Instant now) {
		decline(Reason.GATEWAY_UNAVAILABLE, detail, now);
	}

	void complete(String chargeReference, String cardLast4, Instant now) {
		require(Status.PENDING, "complete");
		this.status = Status.COMPLETED;
		this.chargeReference = Objects.requireNonNull(chargeReference, "chargeReference must not be null");
		this.cardLast4 = Objects.requireNonNull(cardLast4, "cardLast4 must not be null");
		this.cardToken = null;
		// The processor answers a key with its first answer: this one settles every
		// attempt.
		this.unansweredAttempts = 0;
		this.updatedAt = now;
		registerEvent(new PaymentCompleted(id, orderId, amount, cardLast4));
	}

	void decline(Reason reason, String detail, Instant now) {
		require(Status.PENDING, "decline");
		if (reason == Reason.GATEWAY_UNAVAILABLE && chargeOutcomeUnknown()) {
			throw new IllegalStateException(
					"Payment %s of order %s may have been charged: it cannot be declined as unavailable".formatted(id,
							orderId));
		}
		this.status = Status.DECLINED;
		if (reason != Reason.GATEWAY_UNAVAILABLE) {
			this.unansweredAttempts = 0;
		}
		this.declineReason = Objects.requireNonNull(reason, "reason must not be null");
		this.declineDetail = Objects.requireNonNull(detail, "detail must not be null");
		this.cardToken = null;
		this.updatedAt = now;
		registerEvent(new PaymentDeclined(id, orderId, reason, detail));
	}

	/**
	 * The processor charged the card after the payment was declined (a delivery that ran
	 * while another one gave it up): the order was told it was not paid, so the money
	 * goes back, through the same refund command an order sends, delivered until done.
	 */
	void chargedAfterDecline(String chargeReference, String cardLast4, Instant now) {
		require(Status.DECLINED, "record a late charge of");
		this.status = Status.COMPLETED;
		this.unansweredAttempts = 0;
		this.chargeReference = Objects.requireNonNull(chargeReference, "chargeReference must not be null");
		this.cardLast4 = Objects.requireNonNull(cardLast4, "cardLast4 must not be null");
		this.updatedAt = now;
		registerEvent(new RefundPayment(orderId, LATE_CHARGE));
	}

	void refund(String refundReference, String reason, Instant now) {
		require(Status.COMPLETED, "refund");
		this.status = Status.REFUNDED;
		this.refundReference = Objects.requireNonNull(refundReference, "refundReference must not be null");
		this.refundReason = Objects.requireNonNull(reason, "reason must not be null");
		this.updatedAt = now;
		registerEvent(new PaymentRefunded(id, orderId, customerId, amount));
	}

	/**
	 * Records that the processor refused the refund. Announces nothing: the money was not
	 * given back, and an operator must act.
	 */
	void refundFailed(String failure, String reason, Instant now) {
		require(Status.COMPLETED, "refund");
		this.status = Status.REFUND_FAILED;
		this.refundFailure = Objects.requireNonNull(failure, "failure must not be null");
		this.refundReason = Objects.requireNonNull(reason, "reason must not be null");
		this.updatedAt = now;
	}

	/**
	 * The key of this payment's charge at the processor: the same on every attempt, so
	 * that redeliveries and restarts after a crash never charge twice.
	 */
	ProcessorKey chargeKey() {
		return chargeKeyOf(orderId);
	}

	static ProcessorKey chargeKeyOf(UUID orderId) {
		return new ProcessorKey("order-" + orderId + "-charge");
	}

	/** The key of this payment's refund at the processor: an order is refunded once. */
	ProcessorKey refundKey() {
		return new ProcessorKey("order-" + orderId + "-refund");
	}

	@Override
	public PaymentId getId() {
		return id;
	}

	UUID getOrderId() {
		return orderId;
	}

	UUID getCustomerId() {
		return customerId;
	}

	Money getAmount() {
		return amount;
	}

	/** The card to charge; only a pending payment has one. */
	String getCardToken() {
		if (cardToken == null) {
			throw new IllegalStateException(
					"Payment %s of order %s was decided and keeps no card token".formatted(id, orderId));
		}
		return cardToken;
	}

	Status getStatus() {
		return status;
	}

	@Nullable Reason getDeclineReason() {
		return declineReason;
	}

	/** The processor's id of the charge; only a completed or refunded payment has one. */
	String getChargeReference() {
		if (chargeReference == null) {
			throw new IllegalStateException("Payment %s of order %s was never charged".formatted(id, orderId));
		}
		return chargeReference;
	}

	@Nullable String getCardLast4() {
		return cardLast4;
	}

	@Nullable String getRefundReference() {
		return refundReference;
	}

	@Nullable String getRefundFailure() {
		return refundFailure;
	}

	int getAttempts() {
		return attempts;
	}

	@Nullable Instant getLastAttemptAt() {
		return lastAttemptAt;
	}

	/**
	 * Whether some attempt may have reached the processor and got no answer, so that the
	 * charge may have gone through.
	 */
	boolean chargeOutcomeUnknown() {
		return unansweredAttempts > 0;
	}

	/**
	 * Whether the payment was declined, yet a request of it went unanswered after all, so
	 * that the processor may have charged it: it is looked up until that is settled.
	 */
	boolean declinedButMaybeCharged() {
		return status == Status.DECLINED && chargeOutcomeUnknown();
	}

	private void require(Status expected, String action) {
		if (status != expected) {
			throw new IllegalStateException(
					"Cannot %s payment %s of order %s, which is %s".formatted(action, id, orderId, status));
		}
	}

}
