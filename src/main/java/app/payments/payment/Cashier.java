package app.payments.payment;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import app.payments.ChargePayment;
import app.payments.PaymentDeclined.Reason;
import app.payments.RefundPayment;
import app.payments.gateway.ChargeOutcome;
import app.payments.gateway.GatewayUnavailable;
import app.payments.gateway.PaymentGateway;
import app.payments.gateway.RefundRefused;
import app.payments.gateway.Refunded;
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
 * <p>
 * A charge that got no answer may have gone through, so it is not declined: the payment
 * stays pending and the command fails, to be delivered again later and asked again with
 * the same key, which finds a charge made before instead of making another. Only after
 * {@code agora.payments.max-charge-attempts} is it declined as
 * {@code GATEWAY_UNAVAILABLE} (ADR 0012).
 */
@Service
class Cashier {

	static final String UNAVAILABLE_DETAIL = "The payment service could not be reached, so the order could not be paid. "
			+ "Please try again later.";

	private static final Logger log = LoggerFactory.getLogger(Cashier.class);

	private final PaymentsSettings settings;

	private final Payments payments;

	private final PaymentGateway gateway;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Cashier(PaymentsSettings settings, Payments payments, PaymentGateway gateway,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.settings = settings;
		this.payments = payments;
		this.gateway = gateway;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		log.info("Payments charge cards through the {} gateway", settings.gateway().name().toLowerCase());
	}

	/**
	 * Charges the order once: publishes {@code PaymentCompleted} or
	 * {@code PaymentDeclined}, or nothing when the order's payment was decided before.
	 * @throws RuntimeException what the gateway threw when it gave no answer
	 * ({@link GatewayUnavailable} or anything else) and attempts are left: the payment
	 * stays pending, and the command is to be delivered again
	 */
	void charge(ChargePayment command) {
		var pending = begin(command);
		if (pending.isEmpty()) {
			return;
		}
		var payment = pending.get();
		ChargeOutcome outcome;
		try {
			outcome = gateway.charge(payment.chargeKey(), payment.orderId(), payment.customerId(), payment.amount(),
					payment.cardToken());
		}
		catch (RuntimeException ex) {
			tryAgainOrGiveUp(payment, ex);
			return;
		}
		record(payment, outcome);
	}

	/**
	 * Refunds a completed payment once and publishes {@code PaymentRefunded}; does
	 * nothing for an order that has no completed payment. A refund the processor refuses
	 * is recorded as {@code REFUND_FAILED} for an operator, and not asked again.
	 * @throws GatewayUnavailable when the gateway did not answer, so that the command is
	 * tried again later
	 * @throws IllegalStateException when the order's charge is still pending, for the
	 * same reason
	 */
	void refund(RefundPayment command) {
		var found = inTransaction(() -> payments.findByOrderId(command.orderId()));
		if (found.isEmpty()) {
			log.info("Nothing to refund for order {}: it has no payment", command.orderId());
			return;
		}
		var payment = found.get();
		switch (payment.status()) {
			case COMPLETED -> {
			}
			case DECLINED -> {
				log.info("Nothing to refund for order {}: it has no completed payment", command.orderId());
				return;
			}
			case REFUNDED -> {
				log.debug("Order {} was refunded before", command.orderId());
				return;
			}
			case REFUND_FAILED -> {
				log.warn("The refund of order {} was refused before ({}); an operator must act on it",
						command.orderId(), payment.refundFailure());
				return;
			}
			case PENDING ->
				throw new IllegalStateException("The charge of order %s is still pending; refund it once it is decided"
					.formatted(command.orderId()));
		}
		Refunded refunded;
		try {
			refunded = gateway.refund(payment.refundKey(), payment.chargeReference(), payment.amount());
		}
		catch (RefundRefused ex) {
			refundRefused(command, ex);
			return;
		}
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
	 * Sets a refund the processor refused aside: asking again would get the same answer,
	 * so the command completes without {@code PaymentRefunded}, and a person must act.
	 */
	private void refundRefused(RefundPayment command, RefundRefused refusal) {
		var failure = Objects.requireNonNullElse(refusal.getMessage(), "refused by the gateway");
		inTransaction(() -> {
			var locked = payments.findLockedByOrderId(command.orderId()).orElseThrow();
			if (locked.status() != Payment.Status.COMPLETED) {
				log.debug("The refund of order {} was decided meanwhile: {}", command.orderId(), locked.status());
				return null;
			}
			locked.refundFailed(failure, command.reason(), clock.instant());
			payments.save(locked);
			log.error(
					"The gateway refused to refund {} for order {} ({}): the payment is REFUND_FAILED and nothing "
							+ "will ask again; an operator must refund or reconcile it (charge {}, key {})",
					locked.amount(), command.orderId(), failure, locked.chargeReference(), locked.refundKey());
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
	 * After a charge that got no answer: records it and rethrows, leaving the payment
	 * pending, while attempts are left; declines the payment once they are used up.
	 */
	private void tryAgainOrGiveUp(Payment attempted, RuntimeException failure) {
		boolean outcomeUnknown = !(failure instanceof GatewayUnavailable unavailable) || unavailable.outcomeUnknown();
		int attempt = attempted.attempts();
		int maxAttempts = settings.maxChargeAttempts();
		var payment = inTransaction(() -> {
			var locked = payments.findLockedByOrderId(attempted.orderId()).orElseThrow();
			if (locked.status() != Payment.Status.PENDING) {
				return null;
			}
			locked.noAnswer(outcomeUnknown, clock.instant());
			if (attempt >= maxAttempts) {
				locked.decline(Reason.GATEWAY_UNAVAILABLE, UNAVAILABLE_DETAIL, clock.instant());
			}
			return payments.save(locked);
		});
		if (payment == null) {
			log.debug("The payment of order {} was decided meanwhile; its attempt {} got no answer ({})",
					attempted.orderId(), attempt, failure.getMessage());
			return;
		}
		if (payment.status() == Payment.Status.PENDING) {
			log.warn(
					"Charge of {} for order {} got no answer from the gateway ({}); attempt {} of {}, left pending "
							+ "to be asked again with key {}",
					payment.amount(), payment.orderId(), failure.getMessage(), attempt, maxAttempts,
					payment.chargeKey());
			throw failure;
		}
		if (payment.chargeOutcomeUnknown()) {
			log.error(
					"Charge of {} for order {} got no answer from the gateway in {} attempts ({}); declined it, "
							+ "though the processor may have charged it under key {}: reconcile",
					payment.amount(), payment.orderId(), attempt, failure.getMessage(), payment.chargeKey(), failure);
		}
		else {
			log.warn(
					"Charge of {} for order {} got no answer from the gateway in {} attempts, none of them carried "
							+ "out ({}); declined it (key {})",
					payment.amount(), payment.orderId(), attempt, failure.getMessage(), payment.chargeKey());
		}
	}

	/**
	 * Records the gateway's answer, unless another delivery recorded one first. A charge
	 * approved after another delivery gave the payment up is given back at once.
	 */
	private void record(Payment attempted, ChargeOutcome outcome) {
		var orderId = attempted.orderId();
		boolean chargedAfterGivingUp = Boolean.TRUE.equals(inTransaction(() -> {
			var payment = payments.findLockedByOrderId(orderId).orElseThrow();
			if (payment.status() != Payment.Status.PENDING) {
				log.debug("The payment of order {} was decided meanwhile: {}", orderId, payment.status());
				return outcome instanceof ChargeOutcome.Approved && payment.status() == Payment.Status.DECLINED;
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
			payments.save(payment);
			return false;
		}));
		if (chargedAfterGivingUp && outcome instanceof ChargeOutcome.Approved approved) {
			refundChargedAfterGivingUp(attempted, approved);
		}
	}

	/**
	 * Gives back a charge the gateway approved for a delivery that ran while another one
	 * gave the payment up: the order was told it was declined, so the money must not stay
	 * taken. Nothing redelivers this (the payment is decided), so a refund that fails is
	 * left to an operator.
	 */
	private void refundChargedAfterGivingUp(Payment payment, ChargeOutcome.Approved approved) {
		try {
			var refunded = gateway.refund(payment.refundKey(), approved.reference(), payment.amount());
			log.warn(
					"Order {} was charged {} (charge {}, key {}) after its payment was given up; refunded it at once "
							+ "(refund {}, key {})",
					payment.orderId(), payment.amount(), approved.reference(), payment.chargeKey(),
					refunded.reference(), payment.refundKey());
		}
		catch (RuntimeException ex) {
			log.error(
					"Order {} was charged {} (charge {}, key {}) after its payment was given up, and refunding it "
							+ "under key {} failed ({}): refund or reconcile",
					payment.orderId(), payment.amount(), approved.reference(), payment.chargeKey(), payment.refundKey(),
					ex.getMessage(), ex);
		}
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
