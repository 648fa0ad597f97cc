package app.notifications.email;

import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Which way email goes: SMTP when a mail server is configured, the dev mailbox otherwise.
 */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmailConfiguration.class);

	@Bean
	EmailSender emailSender(ObjectProvider<JavaMailSender> smtp, DevMailbox mailbox, EmailSettings settings) {
		var mail = smtp.getIfAvailable();
		if (mail == null) {
			log.info("No SMTP server configured (spring.mail.host): emails are kept in the dev mailbox, "
					+ "GET /api/notifications/outbox");
			return mailbox::keep;
		}
		if (mail instanceof JavaMailSenderImpl javaMail) {
			withTimeouts(javaMail.getJavaMailProperties(), settings);
			log.info("Emails go out over SMTP through {}:{}", javaMail.getHost(),
					javaMail.getPort() > 0 ? javaMail.getPort() : "default port");
		}
		return new SmtpEmailSender(mail, settings.from());
	}

	/**
	 * JavaMail waits for ever by default: for a connection, an answer and a write. Those
	 * not set in {@code spring.mail.properties} wait the configured timeout.
	 */
	private static void withTimeouts(Properties mail, EmailSettings settings) {
		var millis = String.valueOf(settings.timeout().toMillis());
		for (var protocol : new String[] { "smtp", "smtps" }) {
			for (var timeout : new String[] { "connectiontimeout", "timeout", "writetimeout" }) {
				mail.putIfAbsent("mail." + protocol + "." + timeout, millis);
			}
		}
	}

}
