package app.payments.payment;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of payments. The HTTP processor's own are {@code agora.payments.http.*}.
 *
 * @param gateway where cards are charged: the card processor to use
 * @param maxChargeAttempts how often a charge is sent to a processor that gives no answer
 * (after the processor's own retries) before payments stops sending it; each further
 * attempt comes with the next resubmission of the {@code ChargePayment} publication,
 * minutes apart ({@code agora.database.event-publications.*}). Only requests that may
 * have reached the processor count: not those an open circuit breaker or a full bulkhead
 * kept back. The payment is then declined as {@code GATEWAY_UNAVAILABLE}, after asking
 * the processor whether it charged under the payment's key if any attempt went unanswered
 * @param chargeDeadline how long after the order asked for it a charge is sent at all:
 * past it, the payment is decided as after its last attempt, even if the processor was
 * never reached
 * @param chargeSettleTime how long after the latest attempt the processor's answer that
 * it has no charge under the payment's key is believed: longer than a request can take
 * there (the HTTP processor's timeout times its attempts, and then some), so that a
 * request still under way is not taken for one that never came
 */
@Validated
@ConfigurationProperties("agora.payments")
record PaymentsSettings(@NotNull @DefaultValue("sandbox") Gateway gateway,
		@Min(1) @Max(100) @DefaultValue("5") int maxChargeAttempts,
		@NotNull @DefaultValue("1h") Duration chargeDeadline, @NotNull @DefaultValue("2m") Duration chargeSettleTime) {

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
