package app.notifications.email;

/**
 * Where emails go: the SMTP server at {@code spring.mail.host}, or with none configured
 * the dev mailbox, for administrators to read.
 */
@FunctionalInterface
public interface EmailSender {

	/**
	 * Sends the email, or throws: the dispatcher then tries again later.
	 * @throws RuntimeException when it could not be handed over
	 */
	void send(Email email);

}
