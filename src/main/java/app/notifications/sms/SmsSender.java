package app.notifications.sms;

/**
 * Where text messages go: by default only into the log; with
 * {@code agora.notifications.sms.webhook-url} set, to an SMS provider's webhook.
 */
@FunctionalInterface
public interface SmsSender {

	/**
	 * Sends the text, or throws: the dispatcher then tries again later.
	 * @param to a phone number in E.164 form, such as {@code +4915112345678}
	 * @throws RuntimeException when it could not be handed over
	 */
	void send(String to, String text);

}
