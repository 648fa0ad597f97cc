package app.payments.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import app.payments.ChargePayment;
import app.payments.PaymentDeclined.Reason;
import app.payments.RefundPayment;
import app.payments.processor.ChargeOutcome;
import app.payments.processor.PaymentProcessor;
import app.payments.processor.ProcessorUnavailable.Reach;
import app.payments.processor.ProcessorUnavailable;
import app.payments.processor.RefundRefused;
import app.payments.processor.Refunded;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charges and refunds orders through the payment processor. The processor is called
 * outside any database transaction, since it may take seconds with its retries; before
 * the call a short transaction records the pending payment, after it another records the
 * answer under a row lock. The processor's idempotency key is derived from the order, so
 * a command handled again, concurrently or after a crash, moves no money twice and
 * publishes one outcome.
 * <p>
 * A charge that got no answer may have gone through, so it is not declined: the payment
 * stays pending and the command fails, to be delivered again later and asked again with
 * the same key, which finds a charge made before instead of making another. Only requests
 * that may have reached the processor count as attempts. Once
 * {@code agora.payments.max-charge-attempts} are used up (or the charge deadline passed),
 * nothing more is sent: a payment with an unanswered attempt is looked up by its key, and
 * decided by what the processor says it made of it; only one the processor says it never
 * charged, or that never reached it, is declined as {@code GATEWAY_UNAVAILABLE}. Until a
 * lookup is answered the payment stays pending, and {@link PaymentIssues} lists it for an
 * operator (ADR 0012).
 */
@Service
class Cashier {

	static final String UNAVAILABLE_DETAIL = "The payment service could not be reached, so the order could not be paid. "
			+ "Please try again later.";

	private static final Logger log = LoggerFactory.getLogger(Cashier.class);

	private final PaymentsSettings settings;

	private final Payments payments;

	private final PaymentProcessor processor;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Cashier(PaymentsSettings settings, Payments payments, PaymentProcessor processor,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.settings = settings;
		this.payments = payments;
		this.processor = processor;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		log.info("Payments charge cards through the {} processor", settings.gateway().name().toLowerCase());
	}

	/**
	 * Charges the order once: publishes {@code PaymentCompleted} or
	 * {@code PaymentDeclined}, or nothing when the order's payment was decided before.
	 * @throws RuntimeException what the processor threw when it gave no answer
	 * ({@link ProcessorUnavailable} or anything else) and the payment could not be
	 * decided: the payment stays pending, and the command is to be delivered again
	 */
	void charge(ChargePayment command) {
		var next = begin(command);
		if (next instanceof Next.Send send) {
			chargeOnce(send.payment());
		}
		else if (next instanceof Next.LookUp lookUp) {
			decideByLookup(lookUp.payment(), null);
		}
	}

	private void chargeOnce(Payment payment) {
		ChargeOutcome outcome;
		try {
			outcome = processor.charge(payment.chargeKey(), payment.getOrderId(), payment.getCustomerId(),
					payment.getAmount(), payment.getCardToken());
		}
		catch (RuntimeException ex) {
			afterNoAnswer(payment, ex);
			return;
		}
		record(payment, outcome);
	}

	/**
	 * Refunds a completed payment once and publishes {@code PaymentRefunded}; does
	 * nothing for an order that has no completed payment. A refund the processor refuses
	 * is recorded as {@code REFUND_FAILED} for an operator, and not asked again.
	 * @throws ProcessorUnavailable when the processor did not answer, so that the command
	 * is tried again later
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
		switch (payment.getStatus()) {
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
						command.orderId(), payment.getRefundFailure());
				return;
			}
			case PENDING ->
				throw new IllegalStateException("The charge of order %s is still pending; refund it once it is decided"
					.formatted(command.orderId()));
		}
		Refunded refunded;
		try {
			refunded = processor.refund(payment.refundKey(), payment.getChargeReference(), payment.getAmount());
		}
		catch (RefundRefused ex) {
			refundRefused(command, ex);
			return;
		}
		inTransaction(() -> {
			var locked = payments.findLockedByOrderId(command.orderId()).orElseThrow();
			if (locked.getStatus() == Payment.Status.COMPLETED) {
				locked.refund(refunded.reference(), command.reason(), clock.instant());
				payments.save(locked);
				log.info("Refunded {} for order {} ({})", locked.getAmount(), command.orderId(), command.reason());
			}
			return null;
		});
	}

	/**
	 * Sets a refund the processor refused aside: asking again would get the same answer,
	 * so the command completes without {@code PaymentRefunded}, and a person must act.
	 */
	private void refundRefused(RefundPayment command, RefundRefused refusal) {
		var failure = Objects.requireNonNullElse(refusal.getMessage(), "refused by the processor");
		inTransaction(() -> {
			var locked = payments.findLockedByOrderId(command.orderId()).orElseThrow();
			if (locked.getStatus() != Payment.Status.COMPLETED) {
				log.debug("The refund of order {} was decided meanwhile: {}", command.orderId(), locked.getStatus());
				return null;
			}
			locked.refundFailed(failure, command.reason(), clock.instant());
			payments.save(locked);
			log.error(
					"The processor refused to refund {} for order {} ({}): the payment is REFUND_FAILED and nothing "
							+ "will ask again; an operator must refund or reconcile it (charge {}, key {})",
					locked.getAmount(), command.orderId(), failure, locked.getChargeReference(), locked.refundKey());
			return null;
		});
	}

	/** What a delivery of a charge does next. */
	private sealed interface Next {

		/** Nothing: the payment was decided before. */
		record Nothing() implements Next {
		}

		/** Sends the charge, counted as one more attempt. */
		record Send(Payment payment) implements Next {
		}

		/** Sends nothing more, and asks the processor what it made of the key. */
		record LookUp(Payment payment) implements Next {
		}

	}

	/**
	 * The order's payment, pending, and what to do with it: charge it, counting one more
	 * attempt, or only look it up once its attempts are used up. A payment used up that
	 * cannot have been charged is declined here.
	 */
	private Next begin(ChargePayment command) {
		try {
			return inTransaction(() -> next(command));
		}
		catch (RuntimeException ex) {
			if (!isDuplicateKey(ex)) {
				throw ex;
			}
			log.debug("Another delivery created the payment of order {} at the same moment", command.orderId());
			return inTransaction(() -> next(command));
		}
	}

	private Next next(ChargePayment command) {
		var now = clock.instant();
		var payment = payments.findLockedByOrderId(command.orderId())
			.orElseGet(() -> Payment.start(command.orderId(), command.customerId(), command.amount(),
					command.cardToken(), now));
		if (payment.declinedButMaybeCharged()) {
			return new Next.LookUp(payment);
		}
		if (payment.getStatus() != Payment.Status.PENDING) {
			log.debug("The payment of order {} was decided before: {}", command.orderId(), payment.getStatus());
			return new Next.Nothing();
		}
		if (!isExhausted(payment, now)) {
			payment.attempt(now);
			return new Next.Send(payments.save(payment));
		}
		if (payment.chargeOutcomeUnknown()) {
			return new Next.LookUp(payment);
		}
		giveUp(payment, "its charge deadline passed without a request reaching the processor");
		payments.save(payment);
		return new Next.Nothing();
	}

	/**
	 * After a charge that got no answer: records how far it got and rethrows, leaving the
	 * payment pending, while attempts are left; once they are used up, decides it.
	 */
	private void afterNoAnswer(Payment attempted, RuntimeException failure) {
		// Anything but the processor's own report may have happened after the request
		// left.
		var reach = failure instanceof ProcessorUnavailable unavailable ? unavailable.reach() : Reach.NO_ANSWER;
		var payment = inTransaction(() -> {
			var locked = payments.findLockedByOrderId(attempted.getOrderId()).orElseThrow();
			if (locked.getStatus() == Payment.Status.DECLINED && locked.getDeclineReason() == Reason.GATEWAY_UNAVAILABLE
					&& reach == Reach.NO_ANSWER) {
				// Another delivery gave the payment up while this request was on its way.
				locked.unansweredAfterDecline(clock.instant());
				return payments.save(locked);
			}
			if (locked.getStatus() != Payment.Status.PENDING) {
				return null;
			}
			var now = clock.instant();
			switch (reach) {
				case NOT_SENT -> locked.attemptNotSent(now);
				case REFUSED -> locked.attemptRefused(now);
				case NO_ANSWER -> locked.attemptUnanswered(now);
			}
			if (isExhausted(locked, now) && !locked.chargeOutcomeUnknown()) {
				giveUp(locked,
						"none of its " + locked.getAttempts() + " attempts reached the processor or was answered");
			}
			return payments.save(locked);
		});
		if (payment == null) {
			log.debug("The payment of order {} was decided meanwhile; an attempt got no answer ({})",
					attempted.getOrderId(), failure.getMessage());
			return;
		}
		if (payment.declinedButMaybeCharged()) {
			log.error(
					"Charge of {} for order {} got no answer after its payment was declined: it may have gone through; "
							+ "it will be looked up under key {}, and refunded if it did",
					payment.getAmount(), payment.getOrderId(), payment.chargeKey());
			throw failure;
		}
		if (payment.getStatus() != Payment.Status.PENDING) {
			return;
		}
		if (isExhausted(payment, clock.instant())) {
			decideByLookup(payment, failure);
			return;
		}
		if (reach == Reach.NOT_SENT) {
			log.info("Charge of {} for order {} was not sent ({}); not counted as an attempt, asked again later",
					payment.getAmount(), payment.getOrderId(), failure.getMessage());
		}
		else {
			log.warn(
					"Charge of {} for order {} got no answer from the processor ({}); attempt {} of {}, left pending "
							+ "to be asked again with key {}",
					payment.getAmount(), payment.getOrderId(), failure.getMessage(), payment.getAttempts(),
					settings.maxChargeAttempts(), payment.chargeKey());
		}
		throw failure;
	}

	/**
	 * Decides a payment whose attempts are used up and one of which may have charged (or
	 * a declined one whose later request went unanswered) by what the processor made of
	 * its key. Its "no such charge" is believed only once the latest attempt has settled
	 * ({@code agora.payments.charge-settle-time}). Until then, and until the processor
	 * answers the lookup, the payment stays as it is and the command fails, to be
	 * delivered again.
	 */
	void decideByLookup(Payment payment, @Nullable RuntimeException lastFailure) {
		Optional<ChargeOutcome> found;
		try {
			found = processor.findCharge(payment.chargeKey());
		}
		catch (RuntimeException ex) {
			log.warn(
					"Charge of {} for order {} may have gone through: its attempts got no answer{}, and the processor "
							+ "could not say whether it charged under key {} ({}); asking again later",
					payment.getAmount(), payment.getOrderId(),
					lastFailure == null ? "" : " (last: " + lastFailure.getMessage() + ")", payment.chargeKey(),
					ex.getMessage());
			throw ex;
		}
		if (found.isPresent()) {
			log.info("The processor found the charge of order {} under key {}: {}", payment.getOrderId(),
					payment.chargeKey(), found.get() instanceof ChargeOutcome.Approved ? "approved" : "declined");
			record(payment, found.get());
			return;
		}
		var unsettled = inTransaction(() -> {
			var locked = payments.findLockedByOrderId(payment.getOrderId()).orElseThrow();
			var now = clock.instant();
			if (locked.getStatus() != Payment.Status.PENDING && !locked.declinedButMaybeCharged()) {
				return null;
			}
			if (!locked.isSettled(settings.chargeSettleTime(), now)) {
				return locked.getLastAttemptAt();
			}
			locked.noChargeFound(now);
			if (locked.getStatus() == Payment.Status.PENDING) {
				giveUp(locked, "the processor has no charge under its key");
			}
			else {
				log.info("The processor has no charge of order {} under key {}: its payment stays declined",
						locked.getOrderId(), locked.chargeKey());
			}
			payments.save(locked);
			return null;
		});
		if (unsettled != null) {
			throw new ChargeNotSettled(payment, unsettled, settings.chargeSettleTime());
		}
	}

	/**
	 * The processor has no charge under the key yet, but the latest attempt is too recent
	 * for that to mean none will come: the payment is looked up again later.
	 */
	static class ChargeNotSettled extends IllegalStateException {

		ChargeNotSettled(Payment payment, Instant lastAttempt, Duration settleTime) {
			super("The processor has no charge of order %s under key %s yet, but its latest attempt (%s) is less than %s ago; looking again later"
				.formatted(payment.getOrderId(), payment.chargeKey(), lastAttempt, settleTime));
		}

	}

	private boolean isExhausted(Payment payment, Instant now) {
		return payment.isExhausted(settings.maxChargeAttempts(), settings.chargeDeadline(), now);
	}

	private void giveUp(Payment payment, String why) {
		payment.giveUp(UNAVAILABLE_DETAIL, clock.instant());
		log.warn("Gave up the charge of {} for order {} after {} attempts: {}; nothing was charged (key {})",
				payment.getAmount(), payment.getOrderId(), payment.getAttempts(), why, payment.chargeKey());
	}

	/**
	 * Records the processor's answer, unless another delivery recorded one first. A
	 * charge approved after another delivery declined the payment is refunded: the
	 * payment asks for its own refund, which is delivered until it is done.
	 */
	private void record(Payment attempted, ChargeOutcome outcome) {
		var orderId = attempted.getOrderId();
		inTransaction(() -> {
			var payment = payments.findLockedByOrderId(orderId).orElseThrow();
			if (payment.declinedButMaybeCharged() && outcome instanceof ChargeOutcome.Declined) {
				// The processor declined it under the key: the later request moved no
				// money.
				payment.noChargeFound(clock.instant());
				return payments.save(payment);
			}
			if (payment.getStatus() == Payment.Status.DECLINED && outcome instanceof ChargeOutcome.Approved approved) {
				payment.chargedAfterDecline(approved.reference(), approved.cardLast4(), clock.instant());
				log.warn("Order {} was charged {} (charge {}, key {}) after its payment was declined; refunding it",
						orderId, payment.getAmount(), approved.reference(), payment.chargeKey());
				return payments.save(payment);
			}
			if (payment.getStatus() != Payment.Status.PENDING) {
				log.debug("The payment of order {} was decided meanwhile: {}", orderId, payment.getStatus());
				return null;
			}
			if (outcome instanceof ChargeOutcome.Approved approved) {
				payment.complete(approved.reference(), approved.cardLast4(), clock.instant());
				log.info("Charged {} for order {} to the card ending {}", payment.getAmount(), orderId,
						approved.cardLast4());
			}
			else if (outcome instanceof ChargeOutcome.Declined declined) {
				payment.decline(declined.reason(), declined.message(), clock.instant());
				log.info("Charge of {} for order {} declined: {}", payment.getAmount(), orderId, declined.reason());
			}
			return payments.save(payment);
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
