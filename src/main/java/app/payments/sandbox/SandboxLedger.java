package app.payments.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import app.money.Money;
import app.payments.PaymentDeclined.Reason;
import app.payments.processor.ChargeOutcome;
import app.payments.processor.ProcessorKey;
import app.payments.processor.RefundRefused;
import app.payments.processor.Refunded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sandbox processor's own books: every charge and refund it answered, by idempotency
 * key, in {@code payments.sandbox_ledger}. It plays the remote side, so it writes in
 * transactions of its own, committed before it answers. Like the remote processor it is
 * called outside any transaction, and it refuses a caller that holds one: that caller
 * would hold a pooled connection while the sandbox asks for another. The counting methods
 * are for tests and operators: they tell how often money really moved.
 */
public class SandboxLedger {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	SandboxLedger(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** How many charges of the order the sandbox approved: money taken, not declines. */
	public int charges(UUID orderId) {
		return count("CHARGE", orderId);
	}

	/** How many refunds of the order's charges the sandbox made. */
	public int refunds(UUID orderId) {
		return count("REFUND", orderId);
	}

	/**
	 * Records the charge's outcome under its key, unless the key is known: then the
	 * outcome recorded first is returned, and nothing is charged again.
	 */
	Answer charge(ProcessorKey key, UUID orderId, Money amount, ChargeOutcome outcome) {
		return inOwnTransaction(status -> {
			int recorded = jdbc.sql("""
					INSERT INTO payments.sandbox_ledger (idempotency_key, kind, order_id, amount, currency, outcome,
					    reference, card_last4, decline_reason, created_at)
					VALUES (:key, 'CHARGE', :order, :amount, :currency, :outcome, :reference, :last4, :reason, :now)
					ON CONFLICT (idempotency_key) DO NOTHING""")
				.param("key", key.value())
				.param("order", orderId)
				.param("amount", amount.amount())
				.param("currency", amount.currency().getCurrencyCode())
				.param("outcome", outcome instanceof ChargeOutcome.Approved ? "APPROVED" : "DECLINED")
				.param("reference", outcome instanceof ChargeOutcome.Approved approved ? approved.reference() : null)
				.param("last4", outcome instanceof ChargeOutcome.Approved approved ? approved.cardLast4() : null)
				.param("reason", outcome instanceof ChargeOutcome.Declined declined ? declined.reason().name() : null)
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			var first = firstCharge(key)
				.orElseThrow(() -> new IllegalStateException("The sandbox used key " + key + " for a refund"));
			return new Answer(first, recorded == 1);
		});
	}

	/** The outcome recorded first under the key, if a charge was made under it. */
	Optional<ChargeOutcome> findCharge(ProcessorKey key) {
		return inOwnTransaction(status -> firstCharge(key));
	}

	private Optional<ChargeOutcome> firstCharge(ProcessorKey key) {
		return jdbc.sql("""
				SELECT outcome, reference, card_last4, decline_reason FROM payments.sandbox_ledger
				WHERE idempotency_key = :key AND kind = 'CHARGE'""")
			.param("key", key.value())
			.query(SandboxLedger::chargeOutcome)
			.optional();
	}

	/**
	 * Records a refund of an approved charge under its key, unless the key is known: then
	 * the refund recorded first is returned.
	 * @throws RefundRefused for a charge the sandbox did not make, or more than it
	 * charged
	 */
	Refunded refund(ProcessorKey key, String chargeReference, Money amount, String reference) {
		return inOwnTransaction(status -> {
			var charge = jdbc.sql("""
					SELECT order_id, amount, currency FROM payments.sandbox_ledger
					WHERE reference = :reference AND kind = 'CHARGE'""")
				.param("reference", chargeReference)
				.query((row, number) -> new Charge(row.getObject("order_id", UUID.class),
						new Money(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency")))))
				.optional()
				.orElseThrow(() -> new RefundRefused("The sandbox made no charge " + chargeReference));
			if (amount.compareTo(charge.amount()) > 0) {
				throw new RefundRefused("Cannot refund %s of a charge of %s".formatted(amount, charge.amount()));
			}
			jdbc.sql("""
					INSERT INTO payments.sandbox_ledger (idempotency_key, kind, order_id, amount, currency, outcome,
					    reference, charge_reference, created_at)
					VALUES (:key, 'REFUND', :order, :amount, :currency, 'REFUNDED', :reference, :charge, :now)
					ON CONFLICT (idempotency_key) DO NOTHING""")
				.param("key", key.value())
				.param("order", charge.orderId())
				.param("amount", amount.amount())
				.param("currency", amount.currency().getCurrencyCode())
				.param("reference", reference)
				.param("charge", chargeReference)
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			return jdbc.sql("""
					SELECT reference FROM payments.sandbox_ledger WHERE idempotency_key = :key AND kind = 'REFUND'""")
				.param("key", key.value())
				.query(String.class)
				.optional()
				.map(Refunded::new)
				.orElseThrow(() -> new IllegalStateException("The sandbox used key " + key + " for a charge"));
		});
	}

	private <T> T inOwnTransaction(TransactionCallback<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The sandbox processor was called inside a transaction; card processors "
					+ "are called outside any, as a remote processor may take seconds to answer");
		}
		return Objects.requireNonNull(ownTransaction.execute(work));
	}

	private int count(String kind, UUID orderId) {
		return jdbc.sql("""
				SELECT count(*) FROM payments.sandbox_ledger
				WHERE kind = :kind AND order_id = :order AND outcome IN ('APPROVED', 'REFUNDED')""")
			.param("kind", kind)
			.param("order", orderId)
			.query(Integer.class)
			.single();
	}

	private static ChargeOutcome chargeOutcome(ResultSet row, int number) throws SQLException {
		if (row.getString("outcome").equals("APPROVED")) {
			return new ChargeOutcome.Approved(row.getString("reference"), row.getString("card_last4"));
		}
		var reason = Reason.valueOf(row.getString("decline_reason"));
		return new ChargeOutcome.Declined(reason, SandboxProcessor.messageFor(reason));
	}

	private record Charge(UUID orderId, Money amount) {
	}

	/**
	 * What the sandbox answers a charge with.
	 *
	 * @param outcome the outcome recorded first under the key
	 * @param firstTime whether it was recorded just now, rather than for an earlier call
	 */
	record Answer(ChargeOutcome outcome, boolean firstTime) {
	}

}
