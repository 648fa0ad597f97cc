package app.payments.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/paymentissues}: the payments a person must look at, because money may
 * be where the shop does not think it is. Their counts, by kind, are the gauge
 * {@code agora.payments.issues}, to alert on when it is above zero. For administrators
 * only (the gateway module decides).
 */
@Component
@Endpoint(id = "paymentissues")
class PaymentIssues {

	private static final Logger log = LoggerFactory.getLogger(PaymentIssues.class);

	/** Enough for an operator to work through; more than that is an incident already. */
	private static final int LISTED = 1000;

	/** What is wrong with a payment. */
	enum Kind {

		/**
		 * Its attempts are used up, one of them may have charged, and the processor has
		 * not yet answered whether it did: the payment stays pending and is looked up at
		 * every redelivery.
		 */
		CHARGE_UNRESOLVED,

		/**
		 * The processor refused to refund it: the customer paid for an order that was
		 * cancelled, and must be paid back another way.
		 */
		REFUND_REFUSED,

		/**
		 * Declined as the processor was unavailable, though an attempt may have charged
		 * it (declined by a version before lookups, or a request that went unanswered
		 * after the decline): looked up every few minutes by
		 * {@link DeclinedChargeLookups}, and refunded if the processor charged it.
		 */
		DECLINED_MAYBE_CHARGED

	}

	/**
	 * One payment to look at: enough to find it at the processor and in the shop, and
	 * nothing personal.
	 */
	record Issue(Kind kind, UUID orderId, UUID paymentId, String status, BigDecimal amount, String currency,
			int attempts, String chargeKey, @Nullable String chargeReference, @Nullable String detail, Instant since) {
	}

	private final JdbcClient jdbc;

	private final PaymentsSettings settings;

	private final Clock clock;

	private final Map<Kind, AtomicInteger> counts = new EnumMap<>(Kind.class);

	PaymentIssues(JdbcClient jdbc, PaymentsSettings settings, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		for (var kind : Kind.values()) {
			var count = new AtomicInteger();
			counts.put(kind, count);
			Gauge.builder("agora.payments.issues", count, AtomicInteger::get)
				.description("Payments an operator must look at: money may be where the shop does not think it is")
				.tag("kind", kind.name().toLowerCase().replace('_', '-'))
				.register(meters);
		}
	}

	/** The payments to look at, those waiting longest first. */
	@ReadOperation
	List<Issue> issues() {
		return issues(ISSUES + " ORDER BY updated_at LIMIT :limit").param("limit", LISTED)
			.query((row, number) -> new Issue(kind(row.getString("status")), row.getObject("order_id", UUID.class),
					row.getObject("id", UUID.class), row.getString("status"), row.getBigDecimal("amount"),
					row.getString("currency"), row.getInt("attempts"),
					Payment.chargeKeyOf(row.getObject("order_id", UUID.class)).value(),
					row.getString("charge_reference"), row.getString("detail"),
					row.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** Counts the issues for the gauge, now and then. */
	@Scheduled(fixedDelayString = "PT1M")
	void count() {
		Map<Kind, Integer> found = new EnumMap<>(Kind.class);
		try {
			issues("SELECT status, count(*) AS issues FROM (" + ISSUES + ") AS issue GROUP BY status")
				.query((row, number) -> found.merge(kind(row.getString("status")), row.getInt("issues"), Integer::sum))
				.list();
		}
		catch (RuntimeException ex) {
			log.warn("Could not count the payments to look at; the gauge keeps its last values", ex);
			return;
		}
		counts.forEach((kind, count) -> count.set(found.getOrDefault(kind, 0)));
		if (!found.isEmpty()) {
			log.warn("Payments an operator must look at (GET /actuator/paymentissues): {}", found);
		}
	}

	// Pending past its attempts or deadline: the lookup has not been answered yet.
	private static final String ISSUES = """
			SELECT id, order_id, status, amount, currency, attempts, charge_reference,
			       coalesce(refund_failure, decline_detail) AS detail, updated_at
			FROM payments.payments
			WHERE status = 'REFUND_FAILED'
			   OR (status = 'PENDING' AND (attempts >= :max OR created_at <= :deadline))
			   OR (decline_reason = 'GATEWAY_UNAVAILABLE' AND unanswered_attempts > 0)""";

	/**
	 * A statement over {@link #ISSUES}, with its bounds from the settings and the clock.
	 */
	private StatementSpec issues(String sql) {
		return jdbc.sql(sql)
			.param("max", settings.maxChargeAttempts())
			.param("deadline", clock.instant().minus(settings.chargeDeadline()).atOffset(ZoneOffset.UTC));
	}

	private static Kind kind(String status) {
		return switch (status) {
			case "PENDING" -> Kind.CHARGE_UNRESOLVED;
			case "REFUND_FAILED" -> Kind.REFUND_REFUSED;
			default -> Kind.DECLINED_MAYBE_CHARGED;
		};
	}

}
