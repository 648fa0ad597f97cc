package app.payments.payment;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import app.payments.ChargePayment;
import app.payments.PaymentDeclined.Reason;
import app.payments.RefundPayment;
import app.payments.gateway.ChargeOutcome;
import app.payments.gateway.GatewayUnavailable;
import app.payments.gateway.PaymentGateway;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charges and refunds orders through the payment gateway. The gateway is called outside
 * any database transaction, since it may take seconds with its retries; before the call a
 * short transaction records the pending payment, after it another records the answer
 * under a row lock. The gateway's idempotency key is derived from the order, so a command
 * handled again, concurrently or after a crash, moves no money twice and publishes one
 * outcome.
 */
@Service
class Cashier {

	static final String UNAVAILABLE_DETAIL = "The payment service could not be reached, so the order could not be paid. "
			+ "Please try again later.";

	private static final Logger log = LoggerFactory.getLogger(Cashier.class);

	private final Payments payments;

	private final PaymentGateway gateway;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Cashier(PaymentsSettings settings, Payments payments, PaymentGateway gateway,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		log.info("Payments charge cards through the {} gateway", settings.gateway().name().toLowerCase());
	}

	/**
	 * Charges the order once: publishes {@code PaymentCompleted} or
	 * {@code PaymentDeclined}, or nothing when the order's payment was decided before.
	 */
	void charge(ChargePayment command) {
		var pending = begin(command);
		if (pending.isEmpty()) {
			return;
		}
		var payment = pending.get();
		@Nullable ChargeOutcome outcome;
		try {
			outcome = gateway.charge(payment.chargeKey(), payment.orderId(), payment.customerId(), payment.amount(),
					payment.cardToken());
		}
		catch (GatewayUnavailable ex) {
			if (ex.outcomeUnknown()) {
				log.warn(
						"Charge of {} for order {} got no answer from the gateway ({}); declining it, though the "
								+ "processor may have charged it under key {}: reconcile",
						payment.amount(), payment.orderId(), ex.getMessage(), payment.chargeKey());
			}
			else {
				log.warn("Charge of {} for order {} not sent: {}; declining it", payment.amount(), payment.orderId(),
						ex.getMessage());
			}
			outcome = null;
		}
		record(payment.orderId(), outcome);
	}

	/**
	 * Refunds a completed payment once and publishes {@code PaymentRefunded}; does
	 * nothing for an order that has no completed payment.
	 * @throws GatewayUnavailable when the gateway did not answer, so that the command is
	 * tried again later
	 * @throws IllegalStateException when the order's charge is still pending, for the
	 * same reason
	 */
	void refund(RefundPayment command) {
		var found = inTransaction(() -> payments.findByOrderId(command.orderId()));
		if (found.isEmpty() || found.get().status() == Payment.Status.DECLINED) {
			log.info("Nothing to refund for order {}: it has {}", command.orderId(),
					found.isEmpty() ? "no payment" : "no completed payment");
			return;
		}
		var payment = found.get();
		if (payment.status() == Payment.Status.REFUNDED) {
			log.debug("Order {} was refunded before", command.orderId());
			return;
		}
		if (payment.status() == Payment.Status.PENDING) {
			throw new IllegalStateException("The charge of order %s is still pending; refund it once it is decided"
				.formatted(command.orderId()));
		}
		var refunded = gateway.refund(payment.refundKey(), payment.chargeReference(), payment.amount());
		inTransaction(() -> {
			var locked = payments.findLockedByOrderId(command.orderId()).orElseThrow();
			if (locked.status() == Payment.Status.COMPLETED) {
				locked.refund(refunded.reference(), command.reason(), clock.instant());
				payments.save(locked);
				log.info("Refunded {} for order {} ({})", locked.amount(), command.orderId(), command.reason());
			}
			return null;
		});
	}

	/**
	 * The order's payment, recorded as pending with one more attempt, or nothing when it
	 * was decided already.
	 */
	private Optional<Payment> begin(ChargePayment command) {
		try {
			return inTransaction(() -> pendingPayment(command));
		}
		catch (RuntimeException ex) {
			if (!isDuplicateKey(ex)) {
				throw ex;
			}
			log.debug("Another delivery created the payment of order {} at the same moment", command.orderId());
			return inTransaction(() -> pendingPayment(command));
		}
	}

	private Optional<Payment> pendingPayment(ChargePayment command) {
		var payment = payments.findLockedByOrderId(command.orderId())
			.orElseGet(() -> Payment.start(command.orderId(), command.customerId(), command.amount(),
					command.cardToken(), clock.instant()));
		if (payment.status() != Payment.Status.PENDING) {
			log.debug("The payment of order {} was decided before: {}", command.orderId(), payment.status());
			return Optional.empty();
		}
		payment.attempt(clock.instant());
		return Optional.of(payments.save(payment));
	}

	/**
	 * Records the gateway's answer, or its silence ({@code null}), unless another
	 * delivery recorded one first.
	 */
	private void record(UUID orderId, @Nullable ChargeOutcome outcome) {
		inTransaction(() -> {
			var payment = payments.findLockedByOrderId(orderId).orElseThrow();
			if (payment.status() != Payment.Status.PENDING) {
				log.debug("The payment of order {} was decided meanwhile: {}", orderId, payment.status());
				return null;
			}
			if (outcome instanceof ChargeOutcome.Approved approved) {
				payment.complete(approved.reference(), approved.cardLast4(), clock.instant());
				log.info("Charged {} for order {} to the card ending {}", payment.amount(), orderId,
						approved.cardLast4());
			}
			else if (outcome instanceof ChargeOutcome.Declined declined) {
				payment.decline(declined.reason(), declined.message(), clock.instant());
				log.info("Charge of {} for order {} declined: {}", payment.amount(), orderId, declined.reason());
			}
			else {
				payment.decline(Reason.GATEWAY_UNAVAILABLE, UNAVAILABLE_DETAIL, clock.instant());
			}
			payments.save(payment);
			return null;
		});
	}

	private <T> T inTransaction(Supplier<T> work) {
		return transactions.execute(status -> work.get());
	}

	private static boolean isDuplicateKey(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}

}
