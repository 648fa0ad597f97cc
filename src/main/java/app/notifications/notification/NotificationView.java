package app.notifications.notification;

import java.time.Instant;

import app.users.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A notification as administrators see it.
 *
 * @param eventKey the fact it reports, such as {@code order-confirmed:<order id>}
 * @param recipient where it went, once sent; erased with the customer's account
 * @param nextAttemptAt when it is tried next, while pending
 * @param detail why the last attempt failed, or why it was skipped
 */
record NotificationView(NotificationId id, UserId customer, String eventKey, Channel channel, String template,
		Status status, @Nullable String recipient, int attempts, @Nullable Instant nextAttemptAt,
		@Nullable String detail, Instant createdAt, @Nullable Instant sentAt) {

	static NotificationView of(Notification notification) {
		return new NotificationView(notification.id(), notification.customer(), notification.eventKey(),
				notification.channel(), notification.template().id(), notification.status(), notification.recipient(),
				notification.attempts(), notification.status() == Status.PENDING ? notification.nextAttemptAt() : null,
				notification.detail(), notification.createdAt(), notification.sentAt());
	}

}
