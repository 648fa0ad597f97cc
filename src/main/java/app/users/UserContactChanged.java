package app.users;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A user changed how they are addressed or reached: carries all their contact details as
 * they are now, so a listener can keep its copy without asking.
 *
 * @param userId whose details changed
 * @param name how they want to be addressed
 * @param email where they get email
 * @param phone where they get text messages, in E.164 form; none if not given
 * @param smsNotifications whether they want order news by text message
 * @param changedAt when: tells one change from the next, also for a listener that sees
 * one delivered twice
 */
public record UserContactChanged(UserId userId, String name, String email, @Nullable String phone,
		boolean smsNotifications, Instant changedAt) implements DomainEvent {

	@Override
	public String toString() {
		return "UserContactChanged[userId=" + userId + "]";
	}

}
