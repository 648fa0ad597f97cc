package app.database;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed event publications are tried again.
 *
 * @param resubmissionInterval how often failed publications are looked for, starting this
 * long after start-up
 * @param firstRetryDelay how long after its first failure a publication is tried again;
 * every further failure doubles the wait
 * @param maxRetryDelay the longest wait between two tries
 * @param batchSize the most publications resubmitted at one time
 * @param orphanCheckInterval how often publications left by an instance that died are
 * looked for, and resumed
 */
@Validated
@ConfigurationProperties("agora.database.event-publications")
record EventPublicationSettings(@NotNull @DefaultValue("30s") Duration resubmissionInterval,
		@NotNull @DefaultValue("10s") Duration firstRetryDelay, @NotNull @DefaultValue("1h") Duration maxRetryDelay,
		@Min(1) @Max(10_000) @DefaultValue("100") int batchSize,
		@NotNull @DefaultValue("5s") Duration orphanCheckInterval) {
}
