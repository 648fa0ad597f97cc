package app.catalog;

import java.util.List;

import app.gateway.PageAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Anyone may browse the shop's pages: the home page, categories, search and products. */
@Component
class CatalogPageAccess implements PageAccess {

	@Override
	public List<String> paths() {
		return List.of("/", "/search", "/categories/*", "/products/*");
	}

	@Override
	public void decide(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
		pages.requestMatchers(HttpMethod.GET, "/", "/search", "/categories/*", "/products/*").permitAll();
	}

}
