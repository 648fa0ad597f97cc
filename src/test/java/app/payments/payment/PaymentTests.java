package app.payments.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import app.money.Money;
import app.payments.PaymentCompleted;
import app.payments.PaymentDeclined;
import app.payments.PaymentDeclined.Reason;
import app.payments.PaymentRefunded;
import app.payments.RefundPayment;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.AggregateTestUtils;

class PaymentTests {

	static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	static final Money TOTAL = Money.of("59.90", "EUR");

	UUID order = UUID.randomUUID();

	UUID customer = UUID.randomUUID();

	@Test
	void startsPendingWithoutAnyAttemptOrEvent() {
		var payment = pending();

		assertThat(payment.getStatus()).isEqualTo(Payment.Status.PENDING);
		assertThat(payment.getCardToken()).isEqualTo("test-card-approved");
		assertThat(payment.getAttempts()).isZero();
		assertThat(AggregateTestUtils.eventsOf(payment).ofType(Object.class)).isEmpty();
	}

	@Test
	void refusesANonPositiveAmountOrABlankToken() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Payment.start(order, UUID.randomUUID(), Money.of("0", "EUR"), "test-card-approved", NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> Payment.start(order, UUID.randomUUID(), TOTAL, " ", NOW));
	}

	@Test
	void derivesItsIdempotencyKeysFromTheOrder() {
		var payment = pending();

		assertThat(payment.chargeKey().value()).isEqualTo("order-" + order + "-charge");
		assertThat(payment.refundKey().value()).isEqualTo("order-" + order + "-refund");
	}

	@Test
	void anAttemptIsUnansweredFromTheMomentItIsSentSoThatACrashLeavesItUnknown() {
		var payment = pending();

		payment.attempt(NOW);

		assertThat(payment.getAttempts()).isEqualTo(1);
		assertThat(payment.chargeOutcomeUnknown()).isTrue();
		assertThat(AggregateTestUtils.eventsOf(payment).ofType(Object.class)).isEmpty();
	}

	@Test
	void countsOnlyAttemptsThatMayHaveReachedTheProcessor() {
		var payment = pending();

		payment.attempt(NOW);
		payment.attemptNotSent(NOW);
		payment.attempt(NOW);
		payment.attemptRefused(NOW);

		assertThat(payment.getAttempts()).isEqualTo(1);
		assertThat(payment.chargeOutcomeUnknown()).isFalse();

		payment.attempt(NOW);
		payment.attemptUnanswered(NOW);
		payment.attempt(NOW);
		payment.attemptNotSent(NOW);

		assertThat(payment.getAttempts()).isEqualTo(2);
		assertThat(payment.chargeOutcomeUnknown()).as("the unanswered attempt may have charged").isTrue();
		assertThat(payment.getStatus()).isEqualTo(Payment.Status.PENDING);
	}

	@Test
	void isExhaustedByItsAttemptsOrItsDeadline() {
		var payment = pending();
		var deadline = Duration.ofHours(1);

		payment.attempt(NOW);
		assertThat(payment.isExhausted(2, deadline, NOW)).isFalse();
		assertThat(payment.isExhausted(2, deadline, NOW.plus(deadline))).isTrue();
		payment.attempt(NOW);
		assertThat(payment.isExhausted(2, deadline, NOW)).isTrue();
	}

	@Test
	void isNeverGivenUpWhileAnAttemptMayHaveCharged() {
		var payment = pending();
		payment.attempt(NOW);
		payment.attemptUnanswered(NOW);

		assertThatIllegalStateException().isThrownBy(() -> payment.giveUp("unavailable", NOW));
		payment.noChargeFound(NOW);
		payment.giveUp("unavailable", NOW);

		assertThat(payment.getDeclineReason()).isEqualTo(Reason.GATEWAY_UNAVAILABLE);
		assertThat(AggregateTestUtils.eventsOf(payment).ofType(PaymentDeclined.class)).singleElement()
			.isEqualTo(new PaymentDeclined(payment.getId(), order, Reason.GATEWAY_UNAVAILABLE, "unavailable"));
	}

	@Test
	void anAnswerSettlesEveryUnansweredAttempt() {
		var payment = pending();
		payment.attempt(NOW);
		payment.attemptUnanswered(NOW);
		payment.attempt(NOW);

		payment.complete("ch-1", "4242", NOW);

		assertThat(payment.chargeOutcomeUnknown()).isFalse();
	}

	@Test
	void aChargeAfterTheDeclineIsRecordedAndRefunded() {
		var payment = pending();
		payment.attempt(NOW);
		payment.attemptNotSent(NOW);
		payment.giveUp("unavailable", NOW);

		payment.chargedAfterDecline("ch-late", "4242", NOW);

		assertThat(payment.getStatus()).isEqualTo(Payment.Status.COMPLETED);
		assertThat(payment.getChargeReference()).isEqualTo("ch-late");
		assertThat(payment.getDeclineReason()).as("what the order was told").isEqualTo(Reason.GATEWAY_UNAVAILABLE);
		assertThat(AggregateTestUtils.eventsOf(payment).ofType(RefundPayment.class)).singleElement()
			.isEqualTo(new RefundPayment(order, Payment.LATE_CHARGE));
	}

	@Test
	void completingAnnouncesTheChargeWithTheCardsLastFour() {
		var payment = pending();
		payment.attempt(NOW);

		payment.complete("ch-1", "4242", NOW);

		assertThat(payment.getStatus()).isEqualTo(Payment.Status.COMPLETED);
		assertThat(payment.getAttempts()).isEqualTo(1);
		assertThat(AggregateTestUtils.eventsOf(payment).ofType(PaymentCompleted.class)).singleElement()
			.isEqualTo(new PaymentCompleted(payment.getId(), order, TOTAL, "4242"));
	}

	@Test
	void decliningAnnouncesWhy() {
		var payment = pending();

		payment.decline(Reason.INSUFFICIENT_FUNDS, "Not enough money", NOW);

		assertThat(payment.getDeclineReason()).isEqualTo(Reason.INSUFFICIENT_FUNDS);
		assertThat(AggregateTestUtils.eventsOf(payment).ofType(PaymentDeclined.class)).singleElement()
			.isEqualTo(new PaymentDeclined(payment.getId(), order, Reason.INSUFFICIENT_FUNDS, "Not enough money"));
	}

	@Test
	void refundingACompletedPaymentAnnouncesTheAmountGivenBack() {
		var payment = completed();

		payment.refund("re-1", "order cancelled", NOW);

		assertThat(payment.getStatus()).isEqualTo(Payment.Status.REFUNDED);
		assertThat(payment.getRefundReference()).isEqualTo("re-1");
		assertThat(AggregateTestUtils.eventsOf(payment).ofType(PaymentRefunded.class)).singleElement()
			.isEqualTo(new PaymentRefunded(payment.getId(), order, customer, TOTAL));
	}

	@Test
	void aRefusedRefundIsSetAsideWithoutAnnouncingAnything() {
		var payment = completed();

		payment.refundFailed("already refunded", "order cancelled", NOW);

		assertThat(payment.getStatus()).isEqualTo(Payment.Status.REFUND_FAILED);
		assertThat(payment.getRefundFailure()).isEqualTo("already refunded");
		assertThat(payment.getRefundReference()).isNull();
		assertThat(AggregateTestUtils.eventsOf(payment).ofType(PaymentRefunded.class)).isEmpty();
	}

	@Test
	void decidesOnlyOnce() {
		var completed = completed();
		var declined = pending();
		declined.decline(Reason.CARD_DECLINED, "Declined", NOW);

		assertThatIllegalStateException().isThrownBy(() -> completed.complete("ch-2", "4242", NOW));
		assertThatIllegalStateException().isThrownBy(() -> completed.decline(Reason.CARD_DECLINED, "Declined", NOW));
		assertThatIllegalStateException().isThrownBy(() -> completed.attempt(NOW));
		assertThatIllegalStateException().isThrownBy(() -> declined.complete("ch-2", "4242", NOW));
		assertThatIllegalStateException().isThrownBy(() -> declined.attempt(NOW));
		assertThatIllegalStateException().isThrownBy(() -> declined.attemptUnanswered(NOW));
		assertThatIllegalStateException().isThrownBy(() -> completed.attemptNotSent(NOW));
		assertThatIllegalStateException().isThrownBy(() -> completed.chargedAfterDecline("ch-2", "4242", NOW));
	}

	@Test
	void refundsOnlyACompletedPaymentAndOnlyOnce() {
		var pending = pending();
		var declined = pending();
		declined.decline(Reason.CARD_DECLINED, "Declined", NOW);
		var refunded = completed();
		refunded.refund("re-1", "order cancelled", NOW);
		var refused = completed();
		refused.refundFailed("too old", "order cancelled", NOW);

		assertThatIllegalStateException().isThrownBy(() -> pending.refund("re-2", "cancelled", NOW));
		assertThatIllegalStateException().isThrownBy(() -> declined.refund("re-2", "cancelled", NOW));
		assertThatIllegalStateException().isThrownBy(() -> refunded.refund("re-2", "cancelled", NOW));
		assertThatIllegalStateException().isThrownBy(() -> refunded.complete("ch-2", "4242", NOW));
		assertThatIllegalStateException().isThrownBy(() -> refunded.refundFailed("too old", "cancelled", NOW));
		assertThatIllegalStateException().isThrownBy(() -> pending.refundFailed("too old", "cancelled", NOW));
		assertThatIllegalStateException().isThrownBy(() -> refused.refund("re-2", "cancelled", NOW));
		assertThatIllegalStateException().isThrownBy(() -> refused.refundFailed("too old", "cancelled", NOW));
	}

	@Test
	void forgetsTheCardTokenOnceDecided() {
		var completed = completed();
		var declined = pending();
		declined.decline(Reason.CARD_DECLINED, "Declined", NOW);

		assertThatIllegalStateException().isThrownBy(completed::getCardToken);
		assertThatIllegalStateException().isThrownBy(declined::getCardToken);
	}

	@Test
	void hasNoChargeReferenceBeforeItIsCharged() {
		assertThatIllegalStateException().isThrownBy(() -> pending().getChargeReference());
	}

	private Payment pending() {
		return Payment.start(order, customer, TOTAL, "test-card-approved", NOW);
	}

	private Payment completed() {
		var payment = pending();
		payment.complete("ch-1", "4242", NOW);
		return payment;
	}

}
