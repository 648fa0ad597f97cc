package app.orders;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxQuantityPerLine the most units of one product a cart, and so an order, holds
 * @param maxCartLines the most different products a cart holds
 * @param paymentWindow how long an order whose stock is reserved waits for a card before
 * it is cancelled and its stock released
 * @param unpaidCheckInterval how often orders past their payment window are looked for
 */
@Validated
@ConfigurationProperties("agora.orders")
record OrdersSettings(@Min(1) @Max(1000) @DefaultValue("10") int maxQuantityPerLine,
		@Min(1) @Max(200) @DefaultValue("50") int maxCartLines, @NotNull @DefaultValue("30m") Duration paymentWindow,
		@NotNull @DefaultValue("1m") Duration unpaidCheckInterval) {
}
