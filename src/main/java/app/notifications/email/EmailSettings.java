package app.notifications.email;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How email is sent: over SMTP when {@code spring.mail.host} is set, into the dev mailbox
 * otherwise.
 *
 * @param from the sender, as an address with an optional name
 * @param timeout how long to wait for the SMTP server to connect, and then for each of
 * its answers, unless {@code spring.mail.properties} says otherwise
 */
@Validated
@ConfigurationProperties("agora.notifications.email")
record EmailSettings(@NotBlank @DefaultValue("Agora <notifications@agora.local>") String from,
		@NotNull @DefaultValue("10s") Duration timeout) {
}
