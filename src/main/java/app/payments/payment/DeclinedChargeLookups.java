package app.payments.payment;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Now and then, looks up the declined payments whose charge may have gone through and
 * that no delivery looks up any more: those an earlier version declined as the processor
 * was unavailable after an attempt went unanswered. A charge the processor made is
 * refunded ({@link Payment#chargedAfterDecline}); none found clears the payment from the
 * operators' list ({@link PaymentIssues}). A lookup without an answer is tried at the
 * next run.
 */
@Component
class DeclinedChargeLookups {

	private static final Logger log = LoggerFactory.getLogger(DeclinedChargeLookups.class);

	/** A run looks up at most this many, oldest first: the rest wait for the next. */
	private static final int PER_RUN = 100;

	private final JdbcClient jdbc;

	private final Payments payments;

	private final Cashier cashier;

	private final PaymentsSettings settings;

	private final Clock clock;

	DeclinedChargeLookups(JdbcClient jdbc, Payments payments, Cashier cashier, PaymentsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.payments = payments;
		this.cashier = cashier;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	void lookUp() {
		var settled = clock.instant().minus(settings.chargeSettleTime()).atOffset(ZoneOffset.UTC);
		// A read of ids only: each payment is then changed through its repository.
		var orders = jdbc.sql("""
				SELECT order_id FROM payments.payments
				WHERE status = 'DECLINED' AND decline_reason = 'GATEWAY_UNAVAILABLE' AND unanswered_attempts > 0
				  AND (last_attempt_at IS NULL OR last_attempt_at < :settled)
				ORDER BY updated_at LIMIT :limit""")
			.param("settled", settled)
			.param("limit", PER_RUN)
			.query(UUID.class)
			.list();
		for (var order : orders) {
			var payment = payments.findByOrderId(order);
			if (payment.isEmpty()) {
				continue;
			}
			try {
				cashier.decideByLookup(payment.get(), null);
			}
			catch (RuntimeException ex) {
				log.warn("Could not look up the declined charge of order {}; trying again in 5 minutes: {}", order,
						ex.getMessage());
			}
		}
	}

}
