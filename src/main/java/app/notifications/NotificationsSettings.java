package app.notifications;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notifications are sent and retried. Email goes over SMTP when
 * {@code spring.mail.host} is set, and into the dev mailbox otherwise.
 *
 * @param dispatchInterval how often due notifications are looked for
 * @param batchSize the most notifications one look sends
 * @param maxAttempts sends tried before a notification is FAILED for good
 * @param firstRetryDelay the wait after the first failed send; each further failure
 * doubles it
 * @param maxRetryDelay the longest wait between two sends
 * @param sendTimeout how long an instance has to send a notification it took before
 * another may take it; longer than any SMTP or webhook timeout
 * @param contactWait how long a notification waits for the customer's contact details
 * (their registration not seen yet) before it is FAILED
 * @param email how email is sent
 * @param sms how text messages are sent
 */
@Validated
@ConfigurationProperties("agora.notifications")
record NotificationsSettings(@NotNull @DefaultValue("1s") Duration dispatchInterval,
		@Min(1) @Max(1000) @DefaultValue("50") int batchSize, @Min(1) @Max(100) @DefaultValue("10") int maxAttempts,
		@NotNull @DefaultValue("30s") Duration firstRetryDelay, @NotNull @DefaultValue("1h") Duration maxRetryDelay,
		@NotNull @DefaultValue("5m") Duration sendTimeout, @NotNull @DefaultValue("7d") Duration contactWait,
		@Valid @DefaultValue Email email, @Valid @DefaultValue Sms sms) {

	/**
	 * @param from the sender, as an address with an optional name
	 * @param timeout how long to wait for the SMTP server to connect, and then for each
	 * of its answers, unless {@code spring.mail.properties} says otherwise
	 */
	record Email(@NotBlank @DefaultValue("Agora <notifications@agora.local>") String from,
			@NotNull @DefaultValue("10s") Duration timeout) {
	}

	/**
	 * @param webhookUrl where text messages are posted as JSON {@code {"to": "+49…",
	 * "text": "…"}}, such as an SMS provider's webhook; with none, they are only logged
	 * @param webhookToken sent as a bearer token to the webhook, from the environment
	 * ({@code AGORA_NOTIFICATIONS_SMS_WEBHOOK_TOKEN}); none if it needs none
	 * @param timeout how long to wait for the webhook to connect, and then to answer
	 */
	record Sms(@Nullable URI webhookUrl, @Nullable String webhookToken, @NotNull @DefaultValue("5s") Duration timeout) {

		@Override
		public String toString() {
			return "Sms[webhookUrl=" + webhookUrl + ", timeout=" + timeout + "]";
		}

	}

}
