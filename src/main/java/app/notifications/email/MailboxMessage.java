package app.notifications.email;

import java.time.Instant;
import java.util.UUID;

/**
 * An email in the dev mailbox, as an administrator reads it.
 *
 * @param notification the notification it carried
 */
record MailboxMessage(UUID notification, String to, String subject, String text, String html, Instant sentAt) {

	// No personal data: Spring MVC logs bodies by their toString() at debug level
	// (LogPrivacyTests).
	@Override
	public String toString() {
		return "MailboxMessage[notification=" + notification + "]";
	}

}
