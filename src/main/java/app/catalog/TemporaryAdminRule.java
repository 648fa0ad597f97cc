package app.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * TEMPORARY, until the users module brings real authentication (issue 3 replaces this
 * class): catalog changes and all inventory requests need the header
 * {@code X-Agora-Admin-Token} with the configured token. Without
 * {@code agora.catalog.temporary-admin-token} set, a random token is generated at
 * start-up and logged once. Reads of products and categories stay public. See ADR 0006.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "temporaryAdminToken", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
		paramName = TemporaryAdminRule.HEADER,
		description = "Temporary administrator token, until accounts and roles exist")
class TemporaryAdminRule implements WebMvcConfigurer, HandlerInterceptor {

	static final String HEADER = "X-Agora-Admin-Token";

	private static final Logger log = LoggerFactory.getLogger(TemporaryAdminRule.class);

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final byte[] token;

	TemporaryAdminRule(Settings settings) {
		var configured = settings.temporaryAdminToken();
		if (configured == null || configured.isBlank()) {
			var generated = new byte[24];
			new SecureRandom().nextBytes(generated);
			configured = HexFormat.of().formatHex(generated);
			log.warn("No agora.catalog.temporary-admin-token configured. Catalog changes need the header {}: {} "
					+ "(generated for this run only)", HEADER, configured);
		}
		this.token = configured.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * @param temporaryAdminToken the token catalog changes need; generated at start-up
	 * when blank
	 */
	@ConfigurationProperties("agora.catalog")
	record Settings(@Nullable String temporaryAdminToken) {
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/catalog/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// The route Spring matched, not the raw URI: "/api/catalog/%69nventory" and
		// "/api/catalog;x/inventory" reach the same handler as "/api/catalog/inventory",
		// and must meet the same rule.
		var route = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		if (READS.contains(request.getMethod()) && !route.startsWith("/api/catalog/inventory")) {
			return true;
		}
		var presented = request.getHeader(HEADER);
		if (presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
			return true;
		}
		var problem = CatalogErrors.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
				"This needs an administrator: send the header " + HEADER + " with the administrator token.");
		throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
	}

}
