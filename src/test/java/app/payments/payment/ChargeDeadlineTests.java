package app.payments.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.UUID;

import app.money.Money;
import app.payments.ChargePayment;
import app.payments.PaymentDeclined.Reason;
import app.payments.gateway.GatewayUnavailable;
import app.payments.gateway.GatewayUnavailable.Reach;
import app.payments.gateway.PaymentGateway;
import app.payments.sandbox.TestCard;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A charge that never reaches the processor (its circuit open, no connection) is not
 * counted, so it could wait forever: past its deadline it is declined, without a lookup,
 * as nothing can have been charged.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "agora.payments.charge-deadline=1s")
class ChargeDeadlineTests {

	private final Cashier cashier;

	private final Payments payments;

	@MockitoSpyBean
	private PaymentGateway gateway;

	ChargeDeadlineTests(Cashier cashier, Payments payments) {
		this.cashier = cashier;
		this.payments = payments;
	}

	@Test
	void declinesAChargeThatNeverReachedTheProcessorOnceItsDeadlinePassed() {
		var command = new ChargePayment(UUID.randomUUID(), UUID.randomUUID(), Money.of("10.00", "EUR"),
				TestCard.APPROVED.token());
		doThrow(new GatewayUnavailable("circuit breaker open", Reach.NOT_SENT)).when(gateway)
			.charge(any(), any(), any(), any(), any());

		Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
			try {
				cashier.charge(command);
			}
			catch (GatewayUnavailable notSent) {
				// Left pending, as a delivery would be, until the deadline.
			}
			return payments.findByOrderId(command.orderId()).orElseThrow().status() != Payment.Status.PENDING;
		});

		var payment = payments.findByOrderId(command.orderId()).orElseThrow();
		assertThat(payment.declineReason()).isEqualTo(Reason.GATEWAY_UNAVAILABLE);
		assertThat(payment.attempts()).isZero();
		verify(gateway, never()).findCharge(any());
	}

}
