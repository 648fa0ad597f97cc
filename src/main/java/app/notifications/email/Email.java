package app.notifications.email;

import java.util.Objects;
import java.util.UUID;

/**
 * One email as rendered for its recipient, in plain text and HTML.
 *
 * @param id the notification it carries: its Message-ID, so that a mail system seeing it
 * twice can tell
 */
public record Email(UUID id, String to, String subject, String text, String html) {

	public Email {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(to, "to must not be null");
		Objects.requireNonNull(subject, "subject must not be null");
		Objects.requireNonNull(text, "text must not be null");
		Objects.requireNonNull(html, "html must not be null");
	}

	@Override
	public String toString() {
		return "Email[id=" + id + ", subject=" + subject + "]";
	}

}
