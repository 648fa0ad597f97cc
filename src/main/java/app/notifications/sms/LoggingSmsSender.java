package app.notifications.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text messages for a shop without an SMS provider: written to the log, with the phone
 * number masked, so that the flow can be followed on a laptop.
 */
class LoggingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	@Override
	public void send(String to, String text) {
		log.info("Text message to {}: {}", masked(to), text);
	}

	/** The number with all but its last three digits hidden. */
	static String masked(String phone) {
		int shown = Math.min(3, phone.length());
		return "*".repeat(phone.length() - shown) + phone.substring(phone.length() - shown);
	}

}
