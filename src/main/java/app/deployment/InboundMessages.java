package app.deployment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes each message that arrives as the event or command it is, in a transaction of
 * its own: the event publication registry holds it for this process's listeners before
 * the offset is committed, so a crash between the two delivers it again and loses
 * nothing. The listeners are idempotent, as they are for the registry's own redeliveries
 * (ADR 0030).
 */
class InboundMessages {

	private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

	private final Boundaries boundaries;

	private final MessageCodec codec;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	InboundMessages(Boundaries boundaries, MessageCodec codec, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.boundaries = boundaries;
		this.codec = codec;
		this.events = events;
		this.transactions = transactions;
	}

	void on(ConsumerRecord<String, byte[]> record) {
		var message = codec.read(boundaries.receivedOn(record.topic()), record.value());
		transactions.executeWithoutResult(status -> events.publishEvent(message));
		log.debug("Received {} from {}-{} at {}", message.getClass().getSimpleName(), record.topic(),
				record.partition(), record.offset());
	}

}
