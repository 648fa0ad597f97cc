package app.payments.payment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of payments. The HTTP gateway's own are {@code agora.payments.http.*}.
 *
 * @param gateway where cards are charged
 * @param maxChargeAttempts how often a charge is asked of a gateway that gives no answer
 * (after the gateway's own retries) before the payment is declined as
 * {@code GATEWAY_UNAVAILABLE}; each further attempt comes with the next resubmission of
 * the {@code ChargePayment} publication, minutes apart ({@code
 * agora.database.event-publications.*})
 */
@Validated
@ConfigurationProperties("agora.payments")
record PaymentsSettings(@NotNull @DefaultValue("sandbox") Gateway gateway,
		@Min(1) @Max(100) @DefaultValue("5") int maxChargeAttempts) {

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
