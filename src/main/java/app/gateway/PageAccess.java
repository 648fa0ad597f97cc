package app.gateway;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's pages in the browser and who may see them, declared by the module that
 * renders them, as a bean: the pages' counterpart of {@link EndpointAccess}. The
 * gateway's door for browsers takes exactly the paths modules declare, applies every
 * module's decisions and refuses whatever no module decided on; any other path stays with
 * the API's door. Roles are those of {@link EndpointAccess}.
 */
public interface PageAccess {

	/** The path patterns of the module's pages, such as {@code /cart/**}. */
	List<String> paths();

	void decide(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages);

}
