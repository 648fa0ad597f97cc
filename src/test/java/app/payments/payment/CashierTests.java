package app.payments.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import app.Concurrently;
import app.money.Money;
import app.payments.ChargePayment;
import app.payments.PaymentCompleted;
import app.payments.PaymentDeclined.Reason;
import app.payments.PaymentDeclined;
import app.payments.PaymentRefunded;
import app.payments.RefundPayment;
import app.payments.processor.PaymentProcessor;
import app.payments.processor.ProcessorKey;
import app.payments.processor.ProcessorUnavailable.Reach;
import app.payments.processor.ProcessorUnavailable;
import app.payments.processor.RefundRefused;
import app.payments.sandbox.SandboxLedger;
import app.payments.sandbox.TestCard;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Charges and refunds as other modules ask for them, through the sandbox processor: by
 * event, carried out after the publisher's transaction commits, each at most once however
 * often the command arrives. A charge that got no answer stays pending and fails its
 * delivery, to be asked again with the same key; redeliveries are driven here by calling
 * the cashier again rather than by waiting for the scheduled resubmission.
 */
@ApplicationModuleTest
class CashierTests {

	static final Money TOTAL = Money.of("59.90", "EUR");

	private final Cashier cashier;

	private final Payments payments;

	private final SandboxLedger ledger;

	private final JdbcClient jdbc;

	private final FailedEventPublications failedPublications;

	private final int maxAttempts;

	private final PaymentIssues issues;

	private final MeterRegistry meters;

	@MockitoSpyBean
	private PaymentProcessor gateway;

	CashierTests(Cashier cashier, Payments payments, SandboxLedger ledger, JdbcClient jdbc,
			FailedEventPublications failedPublications, PaymentsSettings settings, PaymentIssues issues,
			MeterRegistry meters) {
		this.cashier = cashier;
		this.payments = payments;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.failedPublications = failedPublications;
		this.maxAttempts = settings.maxChargeAttempts();
		this.issues = issues;
		this.meters = meters;
	}

	@Test
	void anApprovedCardCompletesThePayment(Scenario scenario) {
		var command = charge(TestCard.APPROVED.token());

		scenario.publish(command)
			.andWaitForEventOfType(PaymentCompleted.class)
			.matching(it -> it.orderId().equals(command.orderId()))
			.toArriveAndVerify(it -> {
				assertThat(it.amount()).isEqualTo(TOTAL);
				assertThat(it.cardLast4()).isEqualTo("4242");
			});

		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.COMPLETED);
		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource({ "test-card-declined, CARD_DECLINED", "test-card-insufficient-funds, INSUFFICIENT_FUNDS",
			"tok_no_such_card, INVALID_CARD" })
	void aCardThatCannotPayDeclinesThePaymentWithTheReason(String token, Reason reason, Scenario scenario) {
		var command = charge(token);

		scenario.publish(command)
			.andWaitForEventOfType(PaymentDeclined.class)
			.matching(it -> it.orderId().equals(command.orderId()))
			.toArriveAndVerify(it -> {
				assertThat(it.reason()).isEqualTo(reason);
				assertThat(it.detail()).isNotBlank();
			});

		assertThat(payment(command).getDeclineReason()).isEqualTo(reason);
		assertThat(ledger.charges(command.orderId())).isZero();
	}

	@Test
	void aChargeTheGatewayNeverAnswersStaysPendingUntilItsAttemptsAreUsedUpAndIsDeclinedOnceTheProcessorSaysItHasNone(
			PublishedEvents events) {
		var command = charge(TestCard.TIMEOUT.token());
		var listener = new PaymentListener(cashier);

		for (int attempt = 1; attempt < maxAttempts; attempt++) {
			assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> listener.on(command));
			assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.PENDING);
			assertThat(payment(command).getAttempts()).isEqualTo(attempt);
		}
		assertThat(events.ofType(PaymentDeclined.class).matching(it -> it.orderId().equals(command.orderId())))
			.isEmpty();
		listener.on(command);
		listener.on(command);

		assertThat(payment(command).getDeclineReason()).isEqualTo(Reason.GATEWAY_UNAVAILABLE);
		assertThat(payment(command).chargeOutcomeUnknown()).as("the processor said it charged nothing").isFalse();
		assertThat(events.ofType(PaymentDeclined.class).matching(it -> it.orderId().equals(command.orderId())))
			.singleElement()
			.satisfies(it -> assertThat(it.reason()).isEqualTo(Reason.GATEWAY_UNAVAILABLE));
		verify(gateway, times(maxAttempts)).charge(eq(chargeKey(command)), any(), any(), any(), any());
		verify(gateway, times(1)).findCharge(chargeKey(command));
		assertThat(ledger.charges(command.orderId())).isZero();
	}

	@Test // Customers were once charged for orders cancelled this way: the charge is
			// found first.
	void aChargeWhoseAttemptsAllWentUnansweredIsLookedUpAndConfirmedWhenTheProcessorMadeIt(PublishedEvents events) {
		var command = charge(TestCard.APPROVED.token());
		doAnswer(invocation -> {
			invocation.callRealMethod();
			throw new ProcessorUnavailable("charged, but the answer timed out", Reach.NO_ANSWER);
		}).when(gateway).charge(any(), any(), any(), any(), any());

		for (int attempt = 1; attempt < maxAttempts; attempt++) {
			assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> cashier.charge(command));
		}
		cashier.charge(command);

		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.COMPLETED);
		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
		assertThat(events.ofType(PaymentCompleted.class).matching(it -> it.orderId().equals(command.orderId())))
			.hasSize(1);
		assertThat(events.ofType(PaymentDeclined.class).matching(it -> it.orderId().equals(command.orderId())))
			.isEmpty();
	}

	@Test // The defect: refusals by the open circuit breaker used up a charge's attempts.
	void callsKeptBackBeforeReachingTheProcessorAreNoAttempts(PublishedEvents events) {
		var command = charge(TestCard.APPROVED.token());
		var kept = new ProcessorUnavailable("The card processor failed too often lately; its circuit breaker is open",
				Reach.NOT_SENT);
		doAnswer(invocation -> {
			invocation.callRealMethod();
			throw new ProcessorUnavailable("charged, but the answer timed out", Reach.NO_ANSWER);
		}).doThrow(kept)
			.doThrow(kept)
			.doThrow(kept)
			.doThrow(kept)
			.doThrow(kept)
			.doThrow(kept)
			.doCallRealMethod()
			.when(gateway)
			.charge(any(), any(), any(), any(), any());

		for (int delivery = 1; delivery <= 7; delivery++) {
			assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> cashier.charge(command));
			assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.PENDING);
			assertThat(payment(command).getAttempts()).isEqualTo(1);
		}
		cashier.charge(command);

		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.COMPLETED);
		assertThat(payment(command).getAttempts()).isEqualTo(2);
		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
		assertThat(events.ofType(PaymentDeclined.class).matching(it -> it.orderId().equals(command.orderId())))
			.isEmpty();
	}

	@Test
	void aChargeThatMayHaveGoneThroughIsNotGivenUpWhileTheProcessorCannotSaySoAndIsListedForAnOperator() {
		var command = charge(TestCard.APPROVED.token());
		var unanswered = new ProcessorUnavailable("no answer", Reach.NO_ANSWER);
		doThrow(unanswered).when(gateway).charge(any(), any(), any(), any(), any());
		doThrow(unanswered).doThrow(unanswered).doCallRealMethod().when(gateway).findCharge(chargeKey(command));

		for (int attempt = 1; attempt <= maxAttempts; attempt++) {
			assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> cashier.charge(command));
		}
		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> cashier.charge(command));

		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.PENDING);
		assertThat(issues.issues()).filteredOn(it -> it.orderId().equals(command.orderId()))
			.singleElement()
			.satisfies(it -> {
				assertThat(it.kind()).isEqualTo(PaymentIssues.Kind.CHARGE_UNRESOLVED);
				assertThat(it.chargeKey()).isEqualTo(chargeKey(command).value());
			});
		issues.count();
		assertThat(meters.get("agora.payments.issues").tag("kind", "charge-unresolved").gauge().value())
			.isGreaterThanOrEqualTo(1);
		verify(gateway, times(maxAttempts)).charge(any(), any(), any(), any(), any());

		cashier.charge(command);

		assertThat(payment(command).getDeclineReason()).isEqualTo(Reason.GATEWAY_UNAVAILABLE);
		assertThat(issues.issues()).noneMatch(it -> it.orderId().equals(command.orderId()));
		verify(gateway, times(maxAttempts)).charge(any(), any(), any(), any(), any());
	}

	@Test
	void aChargeThatWentThroughWithoutAnAnswerIsFoundWhenAskedAgainWithTheSameKey(PublishedEvents events) {
		var command = charge(TestCard.CHARGED_THEN_TIMEOUT.token());

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> cashier.charge(command));
		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.PENDING);
		cashier.charge(command);

		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.COMPLETED);
		assertThat(payment(command).getCardLast4()).isEqualTo("3155");
		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
		assertThat(events.ofType(PaymentCompleted.class).matching(it -> it.orderId().equals(command.orderId())))
			.hasSize(1);
		assertThat(events.ofType(PaymentDeclined.class).matching(it -> it.orderId().equals(command.orderId())))
			.isEmpty();
		verify(gateway, times(2)).charge(eq(chargeKey(command)), any(), any(), any(), any());
	}

	@Test
	void anyFailureOfTheGatewayLeavesThePaymentPendingUntilTheAttemptsAreUsedUp(PublishedEvents events) {
		var command = charge(TestCard.APPROVED.token());
		doThrow(new IllegalStateException("an answer the gateway could not read")).when(gateway)
			.charge(any(), any(), any(), any(), any());

		for (int attempt = 1; attempt < maxAttempts; attempt++) {
			assertThatIllegalStateException().isThrownBy(() -> cashier.charge(command));
			assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.PENDING);
		}
		cashier.charge(command);

		assertThat(payment(command).getDeclineReason()).isEqualTo(Reason.GATEWAY_UNAVAILABLE);
		assertThat(events.ofType(PaymentDeclined.class).matching(it -> it.orderId().equals(command.orderId())))
			.hasSize(1);
	}

	@Test
	void aFullBulkheadLeavesThePaymentPendingAndItsPublicationFailedToBeResubmitted(Scenario scenario) {
		var command = charge(TestCard.APPROVED.token());
		doThrow(new ProcessorUnavailable("Too many calls to the card processor are under way", Reach.NOT_SENT))
			.doCallRealMethod()
			.when(gateway)
			.charge(any(), any(), any(), any(), any());

		// Each poll resubmits the publication if it failed, as the scheduled job would
		// later.
		scenario.publish(command).andWaitForStateChange(() -> {
			resubmitIfFailed(command);
			return decided(command).orElse(null);
		}).andVerify(payment -> {
			assertThat(payment.getStatus()).isEqualTo(Payment.Status.COMPLETED);
			assertThat(payment.getAttempts()).as("the call the bulkhead refused is no attempt").isEqualTo(1);
		});
		verify(gateway, times(2)).charge(eq(chargeKey(command)), any(), any(), any(), any());
		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
	}

	@Test
	void aChargeApprovedAfterAnotherDeliveryDeclinedThePaymentIsRefunded(PublishedEvents events) {
		var command = charge(TestCard.APPROVED.token());
		var calls = new AtomicInteger();
		doAnswer(invocation -> {
			if (calls.incrementAndGet() == maxAttempts - 1) {
				// While this delivery waits for its approval, the last one gets no answer
				// and gives up.
				cashier.charge(command);
				return invocation.callRealMethod();
			}
			throw new ProcessorUnavailable("no answer", Reach.NO_ANSWER);
		}).when(gateway).charge(any(), any(), any(), any(), any());

		for (int attempt = 1; attempt < maxAttempts - 1; attempt++) {
			assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> cashier.charge(command));
		}
		cashier.charge(command);

		// The payment asked for its own refund, which its listener carries out.
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> payment(command).getStatus() == Payment.Status.REFUNDED);
		assertThat(payment(command).getDeclineReason()).isEqualTo(Reason.GATEWAY_UNAVAILABLE);
		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
		assertThat(ledger.refunds(command.orderId())).isEqualTo(1);
		assertThat(events.ofType(PaymentDeclined.class).matching(it -> it.orderId().equals(command.orderId())))
			.hasSize(1);
		assertThat(events.ofType(PaymentCompleted.class).matching(it -> it.orderId().equals(command.orderId())))
			.isEmpty();
		assertThat(events.ofType(RefundPayment.class).matching(it -> it.orderId().equals(command.orderId())))
			.singleElement()
			.satisfies(it -> assertThat(it.reason()).isEqualTo(Payment.LATE_CHARGE));
	}

	@Test // Another delivery declined the payment while this one's request was on its
			// way.
	void aChargeUnansweredAfterThePaymentWasDeclinedIsLookedUpAndRefundedIfItWentThrough(PublishedEvents events) {
		var command = charge(TestCard.APPROVED.token());
		var calls = new AtomicInteger();
		doAnswer(invocation -> {
			if (calls.incrementAndGet() == maxAttempts - 1) {
				cashier.charge(command);
				invocation.callRealMethod();
				throw new ProcessorUnavailable("charged, but the answer was lost", Reach.NO_ANSWER);
			}
			throw new ProcessorUnavailable("no answer", Reach.NO_ANSWER);
		}).when(gateway).charge(any(), any(), any(), any(), any());
		for (int attempt = 1; attempt < maxAttempts - 1; attempt++) {
			assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> cashier.charge(command));
		}

		assertThatExceptionOfType(ProcessorUnavailable.class)
			.as("the delivery whose answer was lost fails, to come back")
			.isThrownBy(() -> cashier.charge(command));
		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.DECLINED);
		assertThat(issues.issues()).filteredOn(it -> it.orderId().equals(command.orderId()))
			.extracting(PaymentIssues.Issue::kind)
			.containsExactly(PaymentIssues.Kind.DECLINED_MAYBE_CHARGED);
		cashier.charge(command);

		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> payment(command).getStatus() == Payment.Status.REFUNDED);
		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
		assertThat(ledger.refunds(command.orderId())).isEqualTo(1);
		assertThat(events.ofType(PaymentCompleted.class).matching(it -> it.orderId().equals(command.orderId())))
			.isEmpty();
		assertThat(issues.issues()).noneMatch(it -> it.orderId().equals(command.orderId()));
	}

	@Test
	void keepsTheCardTokenOnlyUntilThePaymentIsDecided() {
		var approved = charge(TestCard.APPROVED.token());
		var declined = charge(TestCard.DECLINED.token());

		cashier.charge(approved);
		cashier.charge(declined);

		assertThat(storedCardToken(approved)).isEmpty();
		assertThat(storedCardToken(declined)).isEmpty();
	}

	@Test
	void asksTheGatewayOutsideAnyTransaction(Scenario scenario) {
		var inTransaction = new AtomicReference<Boolean>();
		doAnswer(invocation -> {
			inTransaction.set(TransactionSynchronizationManager.isActualTransactionActive());
			return invocation.callRealMethod();
		}).when(gateway).charge(any(), any(), any(), any(), any());
		var command = charge(TestCard.APPROVED.token());

		scenario.publish(command)
			.andWaitForEventOfType(PaymentCompleted.class)
			.matching(it -> it.orderId().equals(command.orderId()))
			.toArrive();

		assertThat(inTransaction.get()).as("transaction active during the gateway call").isFalse();
	}

	@Test
	void theSameChargeDeliveredTwiceChargesOnceAndAnnouncesOnce(PublishedEvents events) {
		var command = charge(TestCard.APPROVED.token());

		cashier.charge(command);
		cashier.charge(command);

		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
		assertThat(payment(command).getAttempts()).isEqualTo(1);
		assertThat(events.ofType(PaymentCompleted.class).matching(it -> it.orderId().equals(command.orderId())))
			.hasSize(1);
	}

	@Test
	void theSameChargeDeliveredConcurrentlyChargesOnceAndAnnouncesOnce(PublishedEvents events) throws Exception {
		var command = charge(TestCard.APPROVED.token());
		var deliveries = new ArrayList<Callable<Void>>();
		// As many as the attempts allowed: a further delivery looks the charge up, and
		// with
		// the tests' charge-settle-time of 0 s it may believe "no charge" while one is on
		// its way, decline, and refund the charge when it lands (one run in a few dozen).
		// The shop waits two minutes after the latest attempt before it believes that.
		for (int i = 0; i < maxAttempts; i++) {
			deliveries.add(() -> {
				cashier.charge(command);
				return null;
			});
		}

		Concurrently.run(deliveries);

		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.COMPLETED);
		assertThat(events.ofType(PaymentCompleted.class).matching(it -> it.orderId().equals(command.orderId())))
			.hasSize(1);
	}

	@Test
	void aChargeRedeliveredAfterACrashReusesItsIdempotencyKey(PublishedEvents events) {
		var command = charge(TestCard.APPROVED.token());
		doAnswer(invocation -> {
			invocation.callRealMethod();
			throw new IllegalStateException("crashed after the gateway charged, before the answer was recorded");
		}).doCallRealMethod().when(gateway).charge(any(), any(), any(), any(), any());

		assertThatIllegalStateException().isThrownBy(() -> cashier.charge(command));
		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.PENDING);
		cashier.charge(command);

		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.COMPLETED);
		assertThat(payment(command).getAttempts()).isEqualTo(2);
		assertThat(ledger.charges(command.orderId())).isEqualTo(1);
		assertThat(events.ofType(PaymentCompleted.class).matching(it -> it.orderId().equals(command.orderId())))
			.hasSize(1);
	}

	@Test
	void aRefundAfterCompletionGivesTheChargeBackOnce(Scenario scenario, PublishedEvents events) {
		var command = charge(TestCard.APPROVED.token());
		cashier.charge(command);

		scenario.publish(new RefundPayment(command.orderId(), "order cancelled"))
			.andWaitForEventOfType(PaymentRefunded.class)
			.matching(it -> it.orderId().equals(command.orderId()))
			.toArriveAndVerify(it -> assertThat(it.amount()).isEqualTo(TOTAL));
		cashier.refund(new RefundPayment(command.orderId(), "order cancelled"));

		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.REFUNDED);
		assertThat(ledger.refunds(command.orderId())).isEqualTo(1);
		assertThat(events.ofType(PaymentRefunded.class).matching(it -> it.orderId().equals(command.orderId())))
			.hasSize(1);
	}

	@Test
	void aRefundOfADeclinedOrUnknownOrderDoesNothing(PublishedEvents events) {
		var declined = charge(TestCard.DECLINED.token());
		cashier.charge(declined);
		var unknown = UUID.randomUUID();

		cashier.refund(new RefundPayment(declined.orderId(), "order cancelled"));
		cashier.refund(new RefundPayment(unknown, "order cancelled"));

		assertThat(payment(declined).getStatus()).isEqualTo(Payment.Status.DECLINED);
		assertThat(payments.findByOrderId(unknown)).isEmpty();
		assertThat(events.ofType(PaymentRefunded.class)
			.matching(it -> it.orderId().equals(declined.orderId()) || it.orderId().equals(unknown))).isEmpty();
	}

	@Test
	void aRefundTheGatewayDidNotAnswerFailsSoThatItIsTriedAgain() {
		var command = charge(TestCard.APPROVED.token());
		cashier.charge(command);
		doThrow(new ProcessorUnavailable("no answer", Reach.NO_ANSWER)).doCallRealMethod()
			.when(gateway)
			.refund(any(ProcessorKey.class), any(), any());
		var refund = new RefundPayment(command.orderId(), "order cancelled");

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> cashier.refund(refund));
		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.COMPLETED);
		cashier.refund(refund);

		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.REFUNDED);
		assertThat(ledger.refunds(command.orderId())).isEqualTo(1);
	}

	@Test
	void aRefundTheGatewayRefusesIsSetAsideForAnOperatorAndNotAskedAgain(PublishedEvents events) {
		var command = charge(TestCard.APPROVED.token());
		cashier.charge(command);
		doThrow(new RefundRefused("The card processor refused the refund with 400: charge_already_refunded"))
			.when(gateway)
			.refund(any(ProcessorKey.class), any(), any());
		var refund = new RefundPayment(command.orderId(), "order cancelled");

		cashier.refund(refund);
		cashier.refund(refund);

		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.REFUND_FAILED);
		assertThat(payment(command).getRefundFailure()).contains("charge_already_refunded");
		assertThat(ledger.refunds(command.orderId())).isZero();
		assertThat(events.ofType(PaymentRefunded.class).matching(it -> it.orderId().equals(command.orderId())))
			.isEmpty();
		verify(gateway, times(1)).refund(any(ProcessorKey.class), any(), any());
	}

	@Test
	void aRefundOfAChargeStillPendingFailsSoThatItIsTriedAgain() {
		var command = charge(TestCard.APPROVED.token());
		doThrow(new IllegalStateException("crashed before the gateway answered")).when(gateway)
			.charge(any(), any(), any(), any(), any());
		assertThatIllegalStateException().isThrownBy(() -> cashier.charge(command));

		assertThatIllegalStateException()
			.isThrownBy(() -> cashier.refund(new RefundPayment(command.orderId(), "order cancelled")));
		assertThat(payment(command).getStatus()).isEqualTo(Payment.Status.PENDING);
	}

	private static ChargePayment charge(String cardToken) {
		return new ChargePayment(UUID.randomUUID(), UUID.randomUUID(), TOTAL, cardToken);
	}

	private Payment payment(ChargePayment command) {
		return payments.findByOrderId(command.orderId()).orElseThrow();
	}

	private Optional<Payment> decided(ChargePayment command) {
		return payments.findByOrderId(command.orderId()).filter(it -> it.getStatus() != Payment.Status.PENDING);
	}

	private void resubmitIfFailed(ChargePayment command) {
		failedPublications.resubmit(ResubmissionOptions.defaults()
			.withFilter(publication -> publication.getEvent() instanceof ChargePayment charge
					&& charge.orderId().equals(command.orderId())));
	}

	private static ProcessorKey chargeKey(ChargePayment command) {
		return new ProcessorKey("order-" + command.orderId() + "-charge");
	}

	private Optional<String> storedCardToken(ChargePayment command) {
		return jdbc.sql("SELECT card_token FROM payments.payments WHERE order_id = ?")
			.param(command.orderId())
			.query((row, number) -> Optional.ofNullable(row.getString("card_token")))
			.single();
	}

}
