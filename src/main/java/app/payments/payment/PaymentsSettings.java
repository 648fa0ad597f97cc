package app.payments.payment;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of payments. The HTTP gateway's own are {@code agora.payments.http.*}.
 *
 * @param gateway where cards are charged
 */
@Validated
@ConfigurationProperties("agora.payments")
record PaymentsSettings(@NotNull @DefaultValue("sandbox") Gateway gateway) {

	enum Gateway {

		/**
		 * The built-in sandbox, which answers by test card token; for development and
		 * tests.
		 */
		SANDBOX,

		/** A remote card processor over HTTP, at {@code agora.payments.http.base-url}. */
		HTTP

	}

}
