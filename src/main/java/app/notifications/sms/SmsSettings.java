package app.notifications.sms;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How text messages are sent.
 *
 * @param webhookUrl where text messages are posted as JSON {@code {"to": "+49…", "text":
 * "…"}}, such as an SMS provider's webhook; with none, they are only logged
 * @param webhookToken sent as a bearer token to the webhook, from the environment
 * ({@code AGORA_NOTIFICATIONS_SMS_WEBHOOK_TOKEN}); none if it needs none
 * @param timeout how long to wait for the webhook to connect, and then to answer
 */
@Validated
@ConfigurationProperties("agora.notifications.sms")
record SmsSettings(@Nullable URI webhookUrl, @Nullable String webhookToken,
		@NotNull @DefaultValue("5s") Duration timeout) {

	@Override
	public String toString() {
		return "SmsSettings[webhookUrl=" + webhookUrl + ", timeout=" + timeout + "]";
	}

}
