package app.gateway;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.local.LocalBucket;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The token buckets behind the rate limits (Bucket4j). The general limit is counted in
 * memory by each instance, because it is checked on every request and must not cost a
 * database write; the credentials limit is counted in the gateway's table, so that a
 * password guesser meets the same limit on every instance (ADR 0010).
 */
@Component
class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private static final int EXPIRED_BUCKETS_PER_SWEEP = 1_000;

	private final boolean enabled;

	private final Bandwidth general;

	private final BucketConfiguration credentials;

	private final Cache<String, LocalBucket> generalBuckets;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> credentialBuckets;

	private final AtomicLong refusedRequests = new AtomicLong();

	private final AtomicLong refusedCredentialAttempts = new AtomicLong();

	RateLimits(GatewaySettings settings, DataSource dataSource) {
		var limits = settings.rateLimits();
		this.enabled = limits.enabled();
		this.general = bandwidth(limits.general().capacity(), limits.general().period());
		this.credentials = BucketConfiguration.builder()
			.addLimit(bandwidth(limits.credentials().capacity(), limits.credentials().period()))
			.build();
		// A bucket left alone for a whole period is full again: forgetting it changes
		// nothing.
		this.generalBuckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(limits.general().period())
			.build();
		this.credentialBuckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("gateway.rate_limit_buckets")
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	boolean enabled() {
		return enabled;
	}

	/** Takes one request from the client's general allowance. */
	ConsumptionProbe takeGeneral(String client) {
		var probe = generalBuckets.get(client, key -> Bucket.builder().addLimit(general).build())
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			refusedRequests.incrementAndGet();
		}
		return probe;
	}

	/**
	 * Takes one attempt from the address's credentials allowance, shared by all
	 * instances.
	 */
	ConsumptionProbe takeCredentialAttempt(String address) {
		ConsumptionProbe probe;
		try {
			probe = credentialBuckets.builder().build(address, () -> credentials).tryConsumeAndReturnRemaining(1);
		}
		catch (BucketExceptions.BucketExecutionException ex) {
			// Bucket4j wraps what JDBC threw, and a rollback's failure can hide why (a
			// connection the database dropped): said as what it is, it is a 503, not a
			// 500.
			if (connectionLost(ex)) {
				throw new DataAccessResourceFailureException("The credentials rate limit could not be read", ex);
			}
			throw ex;
		}
		if (!probe.isConsumed()) {
			refusedCredentialAttempts.incrementAndGet();
		}
		return probe;
	}

	/**
	 * Whether JDBC said the connection or the database failed (no SQL state, as a pool's
	 * closed connection says it; class 08; 57P0x, a shutdown), not the statement.
	 */
	private static boolean connectionLost(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				var state = sql.getSQLState();
				return state == null || state.startsWith("08") || state.startsWith("57P0");
			}
		}
		return false;
	}

	/*
	 * A line per refusal would let a client fill the log: one summary a minute instead,
	 * without addresses, which are personal data.
	 */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void summariseRefusals() {
		long requests = refusedRequests.getAndSet(0);
		long attempts = refusedCredentialAttempts.getAndSet(0);
		if (requests > 0 || attempts > 0) {
			log.warn("Rate limits refused {} requests and {} sign-in or registration attempts in the last minute",
					requests, attempts);
		}
	}

	/**
	 * Whole seconds until the probe's bucket has a token again, for {@code Retry-After}.
	 */
	static long retryAfterSeconds(ConsumptionProbe probe) {
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void forgetRefilledCredentialBuckets() {
		int removed;
		do {
			removed = credentialBuckets.removeExpired(EXPIRED_BUCKETS_PER_SWEEP);
			if (removed > 0) {
				log.debug("Forgot {} refilled credentials rate-limit buckets", removed);
			}
		}
		while (removed == EXPIRED_BUCKETS_PER_SWEEP);
	}

	private static Bandwidth bandwidth(long capacity, Duration period) {
		return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
	}

}
