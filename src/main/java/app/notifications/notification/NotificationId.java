package app.notifications.notification;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one notification: one message on one channel. */
record NotificationId(UUID id) implements Identifier {

	public NotificationId {
		Objects.requireNonNull(id, "id must not be null");
	}

	public static NotificationId random() {
		return new NotificationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
