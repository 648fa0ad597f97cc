package app.users;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves a {@link CurrentUser} controller parameter from the verified access token, or
 * from the browser's signed-in session. A request without one never gets this far on an
 * endpoint that needs a user; if it does, it is answered 401.
 */
@Component
class CurrentUsers implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	static {
		// The caller comes from the token, not from the request: not an API parameter.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentUser.class.equals(parameter.getParameterType());
	}

	@Override
	public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		var token = SecurityContextHolder.getContext().getAuthentication();
		// An access token (the API) or a signed-in browser session (the pages, ADR 0038):
		// both name the account and carry its role.
		if (!(token instanceof JwtAuthenticationToken || token instanceof UsernamePasswordAuthenticationToken)
				|| !token.isAuthenticated()) {
			throw new AuthenticationCredentialsNotFoundException("No access token");
		}
		var roles = EnumSet.noneOf(Role.class);
		for (var authority : token.getAuthorities()) {
			for (var role : Role.values()) {
				if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return new CurrentUser(new UserId(UUID.fromString(token.getName())), roles);
	}

}
