package app.gateway;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call a module's endpoints, declared by the module that serves them, as a bean.
 * The gateway applies every module's decisions and then refuses whatever no module
 * decided on. Roles are the names access tokens carry: {@code CUSTOMER} and
 * {@code ADMIN}.
 */
@FunctionalInterface
public interface EndpointAccess {

	/** The name of the bearer-token scheme in the OpenAPI document. */
	String BEARER_TOKEN = "bearerToken";

	/**
	 * The role an administrators' endpoint names in its bearer-token security requirement
	 * (OpenAPI 3.1 lets a requirement list roles for any scheme).
	 */
	String ADMIN = "ADMIN";

	void decide(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints);

}
