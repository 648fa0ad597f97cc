package app.payments.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.UUID;

import app.money.Money;
import app.payments.PaymentDeclined.Reason;
import app.payments.processor.ChargeOutcome;
import app.payments.processor.ProcessorKey;
import app.payments.processor.ProcessorUnavailable;
import app.payments.processor.RefundRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sandbox answers by test card and keeps books like a real processor: a key seen
 * again gets the first answer and moves no money.
 */
@ApplicationModuleTest
class SandboxProcessorTests {

	static final Money TOTAL = Money.of("25.00", "EUR");

	private final SandboxProcessor sandbox;

	private final SandboxLedger ledger;

	private final TransactionTemplate transactions;

	SandboxProcessorTests(SandboxProcessor sandbox, SandboxLedger ledger, PlatformTransactionManager transactions) {
		this.sandbox = sandbox;
		this.ledger = ledger;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Test
	void approvesTheApprovedTestCard() {
		var order = UUID.randomUUID();

		var outcome = charge(order, TestCard.APPROVED.token());

		assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Approved.class,
				it -> assertThat(it.cardLast4()).isEqualTo("4242"));
		assertThat(ledger.charges(order)).isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource({ "test-card-declined, CARD_DECLINED", "test-card-insufficient-funds, INSUFFICIENT_FUNDS",
			"test-card-approved-not, INVALID_CARD", "tok_unknown, INVALID_CARD" })
	void declinesTheOtherCardsWithTheirReason(String token, Reason reason) {
		var order = UUID.randomUUID();

		var outcome = charge(order, token);

		assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Declined.class,
				it -> assertThat(it.reason()).isEqualTo(reason));
		assertThat(ledger.charges(order)).isZero();
	}

	@Test
	void reportsTheTimeoutCardUnavailableAtOnceEveryTime() {
		var order = UUID.randomUUID();
		long started = System.nanoTime();

		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> charge(order, TestCard.TIMEOUT.token()))
			.satisfies(it -> assertThat(it.outcomeUnknown()).isTrue());
		assertThatExceptionOfType(ProcessorUnavailable.class).isThrownBy(() -> charge(order, TestCard.TIMEOUT.token()))
			.satisfies(it -> assertThat(it.outcomeUnknown()).isTrue());

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		assertThat(ledger.charges(order)).isZero();
	}

	@Test
	void chargesTheChargedThenTimeoutCardLosesTheAnswerAndGivesItWhenAskedAgain() {
		var order = UUID.randomUUID();

		assertThatExceptionOfType(ProcessorUnavailable.class)
			.isThrownBy(() -> charge(order, TestCard.CHARGED_THEN_TIMEOUT.token()))
			.satisfies(it -> assertThat(it.outcomeUnknown()).isTrue());
		assertThat(ledger.charges(order)).isEqualTo(1);

		var again = charge(order, TestCard.CHARGED_THEN_TIMEOUT.token());
		var onceMore = charge(order, TestCard.CHARGED_THEN_TIMEOUT.token());

		assertThat(again).isInstanceOfSatisfying(ChargeOutcome.Approved.class,
				it -> assertThat(it.cardLast4()).isEqualTo("3155"));
		assertThat(onceMore).isEqualTo(again);
		assertThat(ledger.charges(order)).isEqualTo(1);
	}

	@Test
	void answersAKeySeenAgainWithTheFirstAnswerAndChargesOnce() {
		var order = UUID.randomUUID();
		var key = new ProcessorKey("order-" + order + "-charge");

		var first = sandbox.charge(key, order, UUID.randomUUID(), TOTAL, TestCard.APPROVED.token());
		var again = sandbox.charge(key, order, UUID.randomUUID(), TOTAL, TestCard.APPROVED.token());
		var otherCard = sandbox.charge(key, order, UUID.randomUUID(), TOTAL, TestCard.DECLINED.token());

		assertThat(again).isEqualTo(first);
		assertThat(otherCard).isEqualTo(first);
		assertThat(ledger.charges(order)).isEqualTo(1);
	}

	@Test
	void refundsAChargeOncePerKey() {
		var order = UUID.randomUUID();
		var charged = (ChargeOutcome.Approved) charge(order, TestCard.APPROVED.token());
		var key = new ProcessorKey("order-" + order + "-refund");

		var first = sandbox.refund(key, charged.reference(), TOTAL);
		var again = sandbox.refund(key, charged.reference(), TOTAL);

		assertThat(again).isEqualTo(first);
		assertThat(ledger.refunds(order)).isEqualTo(1);
	}

	@Test
	void refusesToRefundAChargeItDidNotMakeOrMoreThanItCharged() {
		var order = UUID.randomUUID();
		var charged = (ChargeOutcome.Approved) charge(order, TestCard.APPROVED.token());
		var key = new ProcessorKey("order-" + order + "-refund");

		assertThatExceptionOfType(RefundRefused.class)
			.isThrownBy(() -> sandbox.refund(key, "sandbox-ch-no-such-charge", TOTAL));
		assertThatExceptionOfType(RefundRefused.class)
			.isThrownBy(() -> sandbox.refund(key, charged.reference(), Money.of("25.01", "EUR")));

		assertThat(ledger.refunds(order)).isZero();
	}

	@Test
	void refusesACallerThatHoldsATransactionAndSoAConnection() {
		var order = UUID.randomUUID();

		assertThatIllegalStateException()
			.isThrownBy(() -> transactions.executeWithoutResult(status -> charge(order, TestCard.APPROVED.token())));

		assertThat(ledger.charges(order)).isZero();
	}

	private ChargeOutcome charge(UUID order, String token) {
		return sandbox.charge(new ProcessorKey("order-" + order + "-charge"), order, UUID.randomUUID(), TOTAL, token);
	}

}
