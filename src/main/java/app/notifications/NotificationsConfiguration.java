package app.notifications;

import java.util.Properties;

import app.notifications.email.DevMailbox;
import app.notifications.email.EmailSender;
import app.notifications.email.SmtpEmailSender;
import app.notifications.notification.DispatchPolicy;
import app.notifications.sms.LoggingSmsSender;
import app.notifications.sms.SmsSender;
import app.notifications.sms.WebhookSmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Hands the module's settings to the parts of it that need them, and chooses where email
 * and text messages go: SMTP when Spring Boot configured a mail sender
 * ({@code spring.mail.host}), else the dev mailbox; the SMS webhook when its URL is set,
 * else the log.
 */
@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NotificationsConfiguration.class);

	@Bean
	DispatchPolicy dispatchPolicy(NotificationsSettings settings) {
		return new DispatchPolicy(settings.dispatchInterval(), settings.batchSize(), settings.maxAttempts(),
				settings.firstRetryDelay(), settings.maxRetryDelay(), settings.sendTimeout(), settings.contactWait());
	}

	@Bean
	EmailSender emailSender(ObjectProvider<JavaMailSender> smtp, DevMailbox mailbox, NotificationsSettings settings) {
		var mail = smtp.getIfAvailable();
		if (mail == null) {
			log.info("No SMTP server configured (spring.mail.host): emails are kept in the dev mailbox, "
					+ "GET /api/notifications/outbox");
			return mailbox::keep;
		}
		if (mail instanceof JavaMailSenderImpl javaMail) {
			withTimeouts(javaMail.getJavaMailProperties(), settings.email());
			log.info("Emails go out over SMTP through {}:{}", javaMail.getHost(),
					javaMail.getPort() > 0 ? javaMail.getPort() : "default port");
		}
		return new SmtpEmailSender(mail, settings.email().from());
	}

	@Bean
	SmsSender smsSender(NotificationsSettings settings) {
		var sms = settings.sms();
		if (sms.webhookUrl() == null) {
			return new LoggingSmsSender();
		}
		log.info("Text messages go to the webhook at {}", sms.webhookUrl());
		return new WebhookSmsSender(sms.webhookUrl(), sms.webhookToken(), sms.timeout());
	}

	/**
	 * JavaMail waits for ever by default: for a connection, an answer and a write. Those
	 * not set in {@code spring.mail.properties} wait the configured timeout.
	 */
	private static void withTimeouts(Properties mail, NotificationsSettings.Email settings) {
		var millis = String.valueOf(settings.timeout().toMillis());
		for (var protocol : new String[] { "smtp", "smtps" }) {
			for (var timeout : new String[] { "connectiontimeout", "timeout", "writetimeout" }) {
				mail.putIfAbsent("mail." + protocol + "." + timeout, millis);
			}
		}
	}

}
