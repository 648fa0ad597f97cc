package app.payments.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.UUID;

import app.money.Money;
import app.payments.ChargePayment;
import app.payments.PaymentDeclined.Reason;
import app.payments.processor.PaymentProcessor;
import app.payments.processor.ProcessorUnavailable.Reach;
import app.payments.processor.ProcessorUnavailable;
import app.payments.sandbox.TestCard;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * When payments decides a charge, by the clock: a charge that never reaches the processor
 * (its circuit open, no connection) is not counted, so it could wait forever, and past
 * its deadline it is declined without a lookup, as nothing can have been charged; and the
 * processor's "no such charge" right after an unanswered attempt is not believed until
 * that attempt has settled, as its request may still be under way there.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "agora.payments.charge-deadline=3s", "agora.payments.charge-settle-time=1s" })
class ChargeTimingTests {

	private final Cashier cashier;

	private final Payments payments;

	@MockitoSpyBean
	private PaymentProcessor gateway;

	ChargeTimingTests(Cashier cashier, Payments payments) {
		this.cashier = cashier;
		this.payments = payments;
	}

	@Test
	void declinesAChargeThatNeverReachedTheProcessorOnceItsDeadlinePassed() {
		var command = new ChargePayment(UUID.randomUUID(), UUID.randomUUID(), Money.of("10.00", "EUR"),
				TestCard.APPROVED.token());
		doThrow(new ProcessorUnavailable("circuit breaker open", Reach.NOT_SENT)).when(gateway)
			.charge(any(), any(), any(), any(), any());

		Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
			try {
				cashier.charge(command);
			}
			catch (ProcessorUnavailable notSent) {
				// Left pending, as a delivery would be, until the deadline.
			}
			return payments.findByOrderId(command.orderId()).orElseThrow().getStatus() != Payment.Status.PENDING;
		});

		var payment = payments.findByOrderId(command.orderId()).orElseThrow();
		assertThat(payment.getDeclineReason()).isEqualTo(Reason.GATEWAY_UNAVAILABLE);
		assertThat(payment.getAttempts()).isZero();
		verify(gateway, never()).findCharge(any());
	}

	@Test
	void believesThatNoChargeWasMadeOnlyOnceTheLastUnansweredAttemptHasSettled() {
		var command = new ChargePayment(UUID.randomUUID(), UUID.randomUUID(), Money.of("10.00", "EUR"),
				TestCard.TIMEOUT.token());
		for (int attempt = 1; attempt < 5; attempt++) {
			assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> cashier.charge(command));
		}

		assertThatIllegalStateException().isThrownBy(() -> cashier.charge(command))
			.withMessageContaining("looking again later");
		assertThat(payments.findByOrderId(command.orderId()).orElseThrow().getStatus())
			.isEqualTo(Payment.Status.PENDING);

		Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
			try {
				cashier.charge(command);
			}
			catch (IllegalStateException notSettled) {
				// Delivered again later, as the registry would.
			}
			return payments.findByOrderId(command.orderId()).orElseThrow().getStatus() != Payment.Status.PENDING;
		});
		assertThat(payments.findByOrderId(command.orderId()).orElseThrow().getDeclineReason())
			.isEqualTo(Reason.GATEWAY_UNAVAILABLE);
		verify(gateway, atLeast(2)).findCharge(any());
	}

}
