package app.recommendations;

import java.util.List;

import app.gateway.PageAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Popular products and what was bought together for anyone; yours when signed in. */
@Component
class RecommendationsPageAccess implements PageAccess {

	@Override
	public List<String> paths() {
		return List.of("/recommendations/**");
	}

	@Override
	public void decide(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
		pages.requestMatchers(HttpMethod.GET, "/recommendations/popular", "/recommendations/bought-with/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/recommendations/for-me")
			.authenticated();
	}

}
