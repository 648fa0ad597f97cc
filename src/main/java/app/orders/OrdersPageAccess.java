package app.orders;

import java.util.List;

import app.gateway.PageAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The cart, checkout and a shopper's orders need them signed in (a stranger is sent to
 * the log-in page and back); the back office's orders are the gateway's, for
 * administrators.
 */
@Component
class OrdersPageAccess implements PageAccess {

	@Override
	public List<String> paths() {
		return List.of("/cart", "/cart/**", "/checkout", "/orders", "/orders/**");
	}

	@Override
	public void decide(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
		pages.requestMatchers("/cart", "/cart/**", "/checkout", "/orders", "/orders/**").authenticated();
	}

}
