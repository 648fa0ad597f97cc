package app.gateway;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.IpAddressAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one security filter chain: stateless (no session, no cookies, so no CSRF), bearer
 * JWTs only, each module's endpoint decisions followed by a refusal of everything else,
 * rate limits, security headers and CORS from configuration.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = EndpointAccess.BEARER_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "JWT", description = "An access token from POST /api/users/login")
class GatewaySecurity {

	// An API serves no pages; only Swagger UI needs its own scripts, styles and inline
	// images.
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	@Bean
	Problems gatewayProblems(JsonMapper json, RateLimits rateLimits) {
		return new Problems(json, rateLimits);
	}

	@Bean
	SecurityFilterChain frontDoor(HttpSecurity http, List<EndpointAccess> moduleDecisions,
			List<CredentialEndpoints> credentialEndpoints, JwtDecoder tokens, RateLimits rateLimits, Problems problems,
			GatewaySettings settings) {
		http.authorizeHttpRequests(endpoints -> {
			endpoints.withObjectPostProcessor(new HeadLikeGet());
			// OPTIONS reads nothing: Spring MVC answers it with the methods a path
			// allows,
			// and CORS preflights carry no token.
			endpoints.requestMatchers(HttpMethod.OPTIONS).permitAll();
			moduleDecisions.forEach(module -> module.decide(endpoints));
			endpoints.requestMatchers("/error")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui",
						"/swagger-ui/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
				.access(metricsReaders(settings.metricsScrapers()))
				.requestMatchers("/actuator/eventpublications", "/actuator/paymentissues")
				.hasRole("ADMIN")
				// Fail closed: an endpoint no module decided on is refused to everyone.
				.anyRequest()
				.denyAll();
		})
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(rolesAsAuthorities()))
				// Tokens are bearer tokens, not bound to a client certificate.
				.protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
						resource -> resource.resourceName("Agora").tlsClientCertificateBoundAccessTokens(false)))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.addFilterAfter(new RateLimitFilter(rateLimits, credentialEndpoints, problems),
					BearerTokenAuthenticationFilter.class);
		var origins = settings.cors().allowedOrigins();
		if (origins.isEmpty()) {
			http.cors(AbstractHttpConfigurer::disable);
		}
		else {
			http.cors(cors -> cors.configurationSource(corsConfiguration(settings.cors())));
		}
		return http.build();
	}

	/** Paths the firewall refuses (encoded slashes, traversal) are a 400, not a 500. */
	@Bean
	WebSecurityCustomizer rejectedRequestsAreBadRequests(Problems problems) {
		return web -> web.requestRejectedHandler(problems);
	}

	@Bean
	KeyPair tokenKeys(GatewaySettings settings, @Value("${agora.local-data:}") String localData) {
		// A shop on its own keeps a key it generated with its other data
		// (app.database.LocalData).
		var besideData = localData.isBlank() ? null : Path.of(localData).resolve(TokenKeys.KEY_FILE_NAME);
		return TokenKeys.load(settings.tokens(), besideData);
	}

	@Bean
	JwtEncoder accessTokenEncoder(KeyPair tokenKeys) {
		return NimbusJwtEncoder
			.withKeyPair((RSAPublicKey) tokenKeys.getPublic(), (RSAPrivateKey) tokenKeys.getPrivate())
			.build();
	}

	@Bean
	JwtDecoder accessTokenDecoder(KeyPair tokenKeys, GatewaySettings settings, Clock clock,
			ObjectProvider<ActiveAccounts> activeAccounts) {
		var decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) tokenKeys.getPublic())
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		// The issuer is a name, not a URL: Spring's default conversion of it to a URL
		// failed, with an exception, on every request.
		decoder
			.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, issuer -> issuer)));
		decoder.setJwtValidator(new AccessTokenValidator(settings.tokens(), clock,
				activeAccounts.getIfAvailable(() -> account -> true)));
		return decoder;
	}

	/*
	 * A Prometheus server cannot log in: the addresses it scrapes from may read metrics
	 * without a token, administrators from anywhere.
	 */
	@SuppressWarnings("unchecked")
	private static AuthorizationManager<RequestAuthorizationContext> metricsReaders(List<String> scrapers) {
		var readers = new ArrayList<AuthorizationManager<RequestAuthorizationContext>>();
		readers.add(AuthorityAuthorizationManager.hasRole("ADMIN"));
		scrapers.forEach(range -> readers.add(IpAddressAuthorizationManager.hasIpAddress(range)));
		return AuthorizationManagers.anyOf(readers.toArray(AuthorizationManager[]::new));
	}

	private static JwtAuthenticationConverter rolesAsAuthorities() {
		var roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(AccessTokens.ROLES_CLAIM);
		roles.setAuthorityPrefix("ROLE_");
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		return converter;
	}

	private static UrlBasedCorsConfigurationSource corsConfiguration(GatewaySettings.Cors settings) {
		var cors = new CorsConfiguration();
		cors.setAllowedOrigins(settings.allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"));
		cors.setExposedHeaders(List.of("Location", "Retry-After", "WWW-Authenticate"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(settings.maxAge());
		var source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

}
