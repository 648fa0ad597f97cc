package app.notifications.email;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Email over SMTP, through Spring's mail support: one multipart message with the plain
 * text and the HTML alternative. The Message-ID names the notification, so a message that
 * went out twice (the instance crashed before recording it sent) can be told apart.
 */
class SmtpEmailSender implements EmailSender {

	private final JavaMailSender mail;

	private final String from;

	public SmtpEmailSender(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public void send(Email email) {
		var message = mail.createMimeMessage();
		try {
			var parts = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
					StandardCharsets.UTF_8.name());
			parts.setFrom(from);
			parts.setTo(email.to());
			parts.setSubject(email.subject());
			parts.setText(email.text(), email.html());
			// JavaMailSenderImpl keeps a Message-ID set before sending.
			message.setHeader("Message-ID", "<" + email.id() + "@notifications.agora>");
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not build " + email, ex);
		}
		mail.send(message);
	}

}
