package app.orders;

import app.orders.cart.CartLimits;
import app.orders.order.PaymentWindow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the module's settings to the parts of it that need them. */
@Configuration(proxyBeanMethods = false)
class OrdersConfiguration {

	@Bean
	CartLimits cartLimits(OrdersSettings settings) {
		return new CartLimits(settings.maxQuantityPerLine(), settings.maxCartLines());
	}

	@Bean
	PaymentWindow paymentWindow(OrdersSettings settings) {
		return new PaymentWindow(settings.paymentWindow(), settings.unpaidCheckInterval());
	}

}
