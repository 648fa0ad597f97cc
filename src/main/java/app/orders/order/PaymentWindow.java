package app.orders.order;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long an order with reserved stock waits for a card before it is cancelled, so that
 * abandoned orders do not hold stock for ever.
 *
 * @param paymentWindow how long an order whose stock is reserved waits for a card before
 * it is cancelled and its stock released
 * @param unpaidCheckInterval how often orders past their payment window are looked for
 */
@Validated
@ConfigurationProperties("agora.orders")
record PaymentWindow(@NotNull @DefaultValue("30m") Duration paymentWindow,
		@NotNull @DefaultValue("1m") Duration unpaidCheckInterval) {
}
