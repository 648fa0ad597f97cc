package app.deployment;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the modules run.
 *
 * @param modules the modules this process runs, by name ({@code payments}); empty for
 * every module, as in the one-process shop. {@code database}, {@code web},
 * {@code gateway}, {@code money} and {@code deployment} run in every process. The others
 * run elsewhere: what crosses their boundary travels through Kafka
 * ({@code spring.kafka.bootstrap-servers}).
 * @param kafka the topics and how a message that cannot be handled is tried again
 */
@Validated
@ConfigurationProperties("agora.deployment")
record DeploymentSettings(@DefaultValue List<String> modules, @Valid @DefaultValue Kafka kafka) {

	/**
	 * @param partitions the partitions of each topic Agora creates; one order's messages
	 * always go to one partition
	 * @param deliveryAttempts how often a message is handled before it goes to its
	 * topic's dead-letter topic ({@code <topic>.DLT}); a message that cannot be read goes
	 * there at once
	 * @param firstRetryDelay the wait before a failed message is handled again; every
	 * further failure doubles it
	 * @param maxRetryDelay the longest wait between two attempts
	 */
	record Kafka(@Min(1) @Max(1000) @DefaultValue("3") int partitions,
			@Min(1) @Max(1000) @DefaultValue("8") int deliveryAttempts,
			@NotNull @DefaultValue("1s") Duration firstRetryDelay,
			@NotNull @DefaultValue("30s") Duration maxRetryDelay) {
	}

}
