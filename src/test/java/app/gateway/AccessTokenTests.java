package app.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The gateway accepts the tokens it issued while they last, and nothing else. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class AccessTokenTests {

	private final MockMvcTester mvc;

	private final AccessTokens tokens;

	private final JwtEncoder encoder;

	AccessTokenTests(MockMvcTester mvc, AccessTokens tokens, JwtEncoder encoder) {
		this.mvc = mvc;
		this.tokens = tokens;
		this.encoder = encoder;
	}

	@Test
	void acceptsATokenItIssuedAndKnowsWhoSentIt() {
		var subject = UUID.randomUUID();

		var result = call("/test/signed-in", tokens.issue(subject, List.of("CUSTOMER")).value());

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.subject").isEqualTo(subject.toString());
	}

	@Test
	void refusesAnExpiredToken() {
		var issued = Instant.now().minus(Duration.ofMinutes(20));
		var expired = tokens.issue(UUID.randomUUID(), List.of("CUSTOMER"), issued, issued.plus(Duration.ofMinutes(15)));

		var result = call("/test/signed-in", expired.value());

		assertRefusedAsInvalid(result);
	}

	@Test
	void acceptsATokenExpiredWithinTheClockSkewAndNoLonger() {
		var now = Instant.now();
		var justExpired = tokens.issue(UUID.randomUUID(), List.of("CUSTOMER"), now.minusSeconds(900),
				now.minusSeconds(2));
		var expiredBeyondSkew = tokens.issue(UUID.randomUUID(), List.of("CUSTOMER"), now.minusSeconds(900),
				now.minusSeconds(10));

		assertThat(call("/test/signed-in", justExpired.value())).hasStatusOk();
		assertRefusedAsInvalid(call("/test/signed-in", expiredBeyondSkew.value()));
	}

	@Test
	void refusesATokenWithoutExpiryOrIssueTime() {
		var now = Instant.now();
		var forever = sign(encoder, claims -> claims.issuedAt(now));
		var undated = sign(encoder, claims -> claims.expiresAt(now.plusSeconds(600)));

		assertRefusedAsInvalid(call("/test/signed-in", forever));
		assertRefusedAsInvalid(call("/test/signed-in", undated));
	}

	@Test
	void refusesTheUnexpiredTokenOfAnAccountThatIsNoLongerActive() {
		var token = tokens.issue(TestEndpoints.DELETED_ACCOUNT, List.of("CUSTOMER")).value();

		var result = call("/test/public", token);

		assertRefusedAsInvalid(result);
		assertThat(result.getResponse().getHeader("WWW-Authenticate")).contains("deleted or disabled");
	}

	@Test
	void refusesATokenWhoseClaimsWereChanged() {
		var token = tokens.issue(UUID.randomUUID(), List.of("CUSTOMER")).value().split("\\.");
		var claims = new String(Base64.getUrlDecoder().decode(token[1]), StandardCharsets.UTF_8);
		var promoted = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(claims.replace("CUSTOMER", "ADMIN").getBytes(StandardCharsets.UTF_8));

		var result = call("/test/admin", token[0] + "." + promoted + "." + token[2]);

		assertRefusedAsInvalid(result);
	}

	@Test
	void refusesATokenSignedWithAnotherKey() throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var foreign = generator.generateKeyPair();
		var forger = NimbusJwtEncoder
			.withKeyPair((RSAPublicKey) foreign.getPublic(), (RSAPrivateKey) foreign.getPrivate())
			.build();

		var result = call("/test/admin", sign(forger, "agora", List.of("ADMIN")));

		assertRefusedAsInvalid(result);
	}

	@Test
	void refusesAnUnsignedToken() {
		var header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
		var claims = base64("{\"iss\":\"agora\",\"sub\":\"%s\",\"roles\":[\"ADMIN\"],\"exp\":%d}"
			.formatted(UUID.randomUUID(), Instant.now().plusSeconds(600).getEpochSecond()));

		var result = call("/test/admin", header + "." + claims + ".");

		assertRefusedAsInvalid(result);
	}

	@Test
	void refusesATokenOfAnotherIssuer() {
		var result = call("/test/signed-in", sign(encoder, "someone-else", List.of("CUSTOMER")));

		assertRefusedAsInvalid(result);
	}

	@Test
	void refusesACustomerWhereAnAdministratorIsNeeded() {
		var customer = tokens.issue(UUID.randomUUID(), List.of("CUSTOMER")).value();
		var admin = tokens.issue(UUID.randomUUID(), List.of("ADMIN")).value();

		assertThat(call("/test/admin", customer)).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:forbidden");
		assertThat(call("/test/admin", admin)).hasStatusOk();
	}

	@Test
	void refusesEndpointsNoModuleDecidedOnToEveryone() {
		var admin = tokens.issue(UUID.randomUUID(), List.of("ADMIN")).value();

		assertThat(mvc.get().uri("/test/undecided")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(call("/test/undecided", admin)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/test/public")).hasStatusOk();
	}

	@Test
	void keepsNoSessionAndSendsSecurityHeaders() {
		var result = call("/test/signed-in", tokens.issue(UUID.randomUUID(), List.of("CUSTOMER")).value());

		assertThat(result).doesNotContainHeader("Set-Cookie");
		var response = result.getResponse();
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
	}

	private MvcTestResult call(String path, String token) {
		return mvc.get().uri(path).header("Authorization", "Bearer " + token).exchange();
	}

	private static void assertRefusedAsInvalid(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
	}

	private static String sign(JwtEncoder encoder, String issuer, List<String> roles) {
		var now = Instant.now();
		return sign(encoder,
				claims -> claims.issuer(issuer).issuedAt(now).expiresAt(now.plusSeconds(600)).claim("roles", roles));
	}

	/**
	 * A token with a subject, the issuer the gateway expects unless changed, and more.
	 */
	private static String sign(JwtEncoder encoder, Consumer<JwtClaimsSet.Builder> more) {
		var claims = JwtClaimsSet.builder()
			.issuer("agora")
			.subject(UUID.randomUUID().toString())
			.claim("roles", List.of("CUSTOMER"));
		more.accept(claims);
		return encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
			.getTokenValue();
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Endpoints with each kind of access decision, so the gateway can be tested without
	 * any business module. Nested in a test class, so component scanning leaves them to
	 * the tests that import them.
	 */
	@TestConfiguration
	@RestController
	static class TestEndpoints {

		/** An account the users module would say was deleted. */
		static final UUID DELETED_ACCOUNT = UUID.randomUUID();

		@Bean
		ActiveAccounts gatewayTestAccounts() {
			return account -> !DELETED_ACCOUNT.equals(account);
		}

		@Bean
		EndpointAccess gatewayTestAccess() {
			return endpoints -> endpoints.requestMatchers("/test/public", "/test/sign-in")
				.permitAll()
				.requestMatchers("/test/signed-in")
				.authenticated()
				.requestMatchers("/test/admin")
				.hasRole("ADMIN");
		}

		@Bean
		CredentialEndpoints gatewayTestCredentials() {
			return CredentialEndpoints.of(new CredentialEndpoints.Endpoint(HttpMethod.POST, "/test/sign-in"));
		}

		@GetMapping({ "/test/public", "/test/undecided" })
		Map<String, String> open() {
			return Map.of("answer", "ok");
		}

		@PostMapping("/test/sign-in")
		Map<String, String> signIn() {
			return Map.of("answer", "ok");
		}

		@GetMapping({ "/test/signed-in", "/test/admin" })
		Map<String, String> whoAmI(Authentication caller) {
			return Map.of("subject", caller.getName());
		}

	}

}
