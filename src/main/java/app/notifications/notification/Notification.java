package app.notifications.notification;

import java.time.Instant;
import java.util.Objects;

import app.users.UserId;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * One message to a customer on one channel, and what became of it. It is recorded when
 * its event arrives, PENDING; the dispatcher then sends it, and it ends SENT, SKIPPED, or
 * after {@link DispatchPolicy#maxAttempts()} failed sends FAILED, from where an
 * administrator may retry it.
 *
 * @param eventKey the fact it reports, such as {@code order-confirmed:<order id>}: with
 * the channel, it identifies the notification, so an event delivered twice sends once
 * @param recipient the address or phone number it went to, once sent; erased with the
 * customer's account
 * @param attempts the sends tried so far
 * @param nextAttemptAt when it is due, while PENDING
 * @param detail why the last send failed, or why it was skipped
 */
record Notification(NotificationId id, String eventKey, Channel channel, Template template, UserId customer,
		Facts facts, Status status, @Nullable String recipient, int attempts, Instant nextAttemptAt,
		@Nullable String detail, Instant createdAt,
		@Nullable Instant sentAt) implements AggregateRoot<Notification, NotificationId> {

	public Notification {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(eventKey, "eventKey must not be null");
		Objects.requireNonNull(channel, "channel must not be null");
		Objects.requireNonNull(template, "template must not be null");
		Objects.requireNonNull(customer, "customer must not be null");
		Objects.requireNonNull(facts, "facts must not be null");
		Objects.requireNonNull(status, "status must not be null");
		if (!template.channels().contains(channel)) {
			throw new IllegalArgumentException(template.id() + " is not sent by " + channel);
		}
	}

	/** A new notification, due now. */
	static Notification due(String eventKey, Channel channel, Template template, UserId customer, Facts facts,
			Instant now) {
		return new Notification(NotificationId.random(), eventKey, channel, template, customer, facts, Status.PENDING,
				null, 0, now, null, now, null);
	}

	@Override
	public NotificationId getId() {
		return id;
	}

	/** It went out to the recipient. */
	Notification sent(String recipient, Instant now) {
		requirePending();
		return new Notification(id, eventKey, channel, template, customer, facts, Status.SENT, recipient, attempts + 1,
				now, null, createdAt, now);
	}

	/**
	 * A send failed: tried again after the policy's backoff, or FAILED once it has had
	 * all its attempts.
	 */
	Notification failed(String why, Instant now, DispatchPolicy policy) {
		requirePending();
		int tried = attempts + 1;
		if (tried >= policy.maxAttempts()) {
			return new Notification(id, eventKey, channel, template, customer, facts, Status.FAILED, null, tried, now,
					why, createdAt, null);
		}
		return new Notification(id, eventKey, channel, template, customer, facts, Status.PENDING, null, tried,
				now.plus(policy.delayAfter(tried)), why, createdAt, null);
	}

	/** It is not to be sent. */
	Notification skipped(String why) {
		requirePending();
		return new Notification(id, eventKey, channel, template, customer, facts, Status.SKIPPED, null, attempts,
				nextAttemptAt, why, createdAt, null);
	}

	/**
	 * An administrator asks for a FAILED notification to be sent again, with all its
	 * attempts.
	 */
	Notification retried(Instant now) {
		if (status != Status.FAILED) {
			throw new NotRetryable(id, status);
		}
		return new Notification(id, eventKey, channel, template, customer, facts, Status.PENDING, null, 0, now, detail,
				createdAt, null);
	}

	boolean isFailed() {
		return status == Status.FAILED;
	}

	private void requirePending() {
		if (status != Status.PENDING) {
			throw new IllegalStateException("Notification " + id + " is " + status + ", not pending");
		}
	}

}
