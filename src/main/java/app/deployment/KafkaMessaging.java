package app.deployment;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka between the modules of this process and those that run elsewhere; only in a
 * process that does not run every module. Out: the registry's publications of the
 * boundary messages are externalized by Spring Modulith to their topic, keyed as their
 * type says, in an envelope with their name and version; a publication completes once the
 * broker has it, and is sent again until then. In: each message is published here as the
 * event it is ({@link InboundMessages}); one that fails is tried again with backoff,
 * holding back the messages behind it on its partition so that one order's stay in order,
 * and after {@code agora.deployment.kafka.delivery-attempts}, or at once when it cannot
 * be read, goes to its dead-letter topic, logged as an error and counted, and the
 * partition moves on. A database that cannot be used is waited for as long as it takes:
 * the message is not at fault (ADR 0030).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(KafkaMessaging.NotEveryModule.class)
class KafkaMessaging {

	private static final Logger log = LoggerFactory.getLogger(KafkaMessaging.class);

	@Bean
	Boundaries boundaries(DeploymentSettings settings, List<MessageBoundary> declared,
			ApplicationModuleIdentifiers modules) {
		var known = new TreeSet<String>();
		modules.forEach(it -> known.add(it.toString()));
		var unknown = settings.modules().stream().filter(it -> !known.contains(it)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException(
					"agora.deployment.modules names %s, which are not modules; the modules are %s".formatted(unknown,
							known));
		}
		var boundaries = new Boundaries(new Deployment(Set.copyOf(settings.modules())), declared);
		log.info("Messages to the modules elsewhere travel through Kafka: reading {}, topics {}",
				boundaries.receivedTopics(), boundaries.allTopics());
		return boundaries;
	}

	@Bean
	EventExternalizationConfiguration externalization(Boundaries boundaries) {
		return EventExternalizationConfiguration.externalizing()
			.select(event -> boundaries.sending(event).isPresent())
			.mapping(event -> boundaries.sending(event).map(it -> Envelope.of(it.type(), event)).orElseThrow())
			.routeAll(event -> boundaries.sending(event)
				.map(it -> RoutingTarget.forTarget(it.topic().name()).andKey(it.type().keyOf(event)))
				.orElseThrow())
			.build();
	}

	@Bean
	MessageCodec messageCodec(JsonMapper json) {
		return new MessageCodec(json);
	}

	@Bean
	KafkaAdmin.NewTopics topics(Boundaries boundaries, DeploymentSettings settings) {
		return new KafkaAdmin.NewTopics(boundaries.allTopics()
			.stream()
			.map(name -> TopicBuilder.name(name).partitions(settings.kafka().partitions()).build())
			.toArray(NewTopic[]::new));
	}

	/** Tries a failed message again, then sets it aside on its dead-letter topic. */
	@Bean
	DefaultErrorHandler messageErrors(KafkaOperations<Object, Object> kafka, DeploymentSettings settings,
			MeterRegistry meters) {
		var deadLetters = new DeadLetterPublishingRecoverer(kafka,
				(record, failure) -> new TopicPartition(Topic.deadLettersOf(record.topic()), -1));
		var backOff = new ExponentialBackOffWithMaxRetries(settings.kafka().deliveryAttempts() - 1);
		backOff.setInitialInterval(settings.kafka().firstRetryDelay().toMillis());
		backOff.setMaxInterval(settings.kafka().maxRetryDelay().toMillis());
		var handler = new DefaultErrorHandler((record, failure) -> {
			log.error("Gave up on the message at {}-{} offset {} (key {}): it goes to {} for an operator. {}",
					record.topic(), record.partition(), record.offset(), record.key(),
					Topic.deadLettersOf(record.topic()), failure.getMessage());
			Counter.builder("agora.messages.dead.lettered")
				.description("Messages set aside on a dead-letter topic")
				.tag("topic", record.topic())
				.register(meters)
				.increment();
			deadLetters.accept(record, failure);
		}, backOff);
		handler.addNotRetryableExceptions(MessageNotUnderstood.class);
		var untilTheDatabaseIsBack = new ExponentialBackOff(settings.kafka().firstRetryDelay().toMillis(), 2);
		untilTheDatabaseIsBack.setMaxInterval(settings.kafka().maxRetryDelay().toMillis());
		handler.setBackOffFunction((record, failure) -> databaseUnavailable(failure) ? untilTheDatabaseIsBack : null);
		return handler;
	}

	@Bean
	InboundMessages inboundMessages(Boundaries boundaries, MessageCodec codec, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		return new InboundMessages(boundaries, codec, events, new TransactionTemplate(transactions));
	}

	@Bean
	@SuppressWarnings("unchecked")
	ConcurrentMessageListenerContainer<String, byte[]> inboundContainer(
			ConcurrentKafkaListenerContainerFactory<?, ?> factory, Boundaries boundaries, InboundMessages inbound,
			@Value("${spring.application.name}") String group) {
		var container = ((ConcurrentKafkaListenerContainerFactory<String, byte[]>) factory)
			.createContainer(boundaries.receivedTopics().toArray(String[]::new));
		container.getContainerProperties().setGroupId(group);
		container.setupMessageListener((MessageListener<String, byte[]>) inbound::on);
		return container;
	}

	/**
	 * A failure of the database, not of the message: it passes when the database is back.
	 */
	static boolean databaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
					|| cause instanceof SQLRecoverableException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	static class NotEveryModule extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Deployment.of(context.getEnvironment()).everything()
					? ConditionOutcome.noMatch("every module runs here")
					: ConditionOutcome.match("some modules run elsewhere");
		}

	}

}
