package app.orders.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much one cart may hold: more units of a line, or more lines, are refused.
 *
 * @param maxQuantityPerLine the most units of one product a cart, and so an order, holds
 * @param maxCartLines the most different products a cart holds
 */
@Validated
@ConfigurationProperties("agora.orders")
record CartLimits(@Min(1) @Max(1000) @DefaultValue("10") int maxQuantityPerLine,
		@Min(1) @Max(200) @DefaultValue("50") int maxCartLines) {
}
