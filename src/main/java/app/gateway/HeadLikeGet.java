package app.gateway;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;

/**
 * Decides a HEAD as the GET of the same path: Spring MVC answers a HEAD wherever it
 * answers a GET, so whoever may GET a resource may HEAD it, and nobody else. Modules
 * declare their GETs only.
 */
class HeadLikeGet implements ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> {

	@Override
	public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O decisions) {
		AuthorizationManager<HttpServletRequest> headLikeGet = new AuthorizationManager<>() {

			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					HttpServletRequest request) {
				return decisions.authorize(authentication,
						HttpMethod.HEAD.matches(request.getMethod()) ? new AsGet(request) : request);
			}

		};
		@SuppressWarnings("unchecked")
		var processed = (O) headLikeGet;
		return processed;
	}

	/** The request as its GET, for the decision only. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

	}

}
