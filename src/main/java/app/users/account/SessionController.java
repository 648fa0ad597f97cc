package app.users.account;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Log in, refresh, log out: the token endpoints. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users: sign-in")
class SessionController {

	private final SignIn signIn;

	SessionController(SignIn signIn) {
		this.signIn = signIn;
	}

	record Credentials(@NotBlank @Size(max = 254) String email,
			@NotBlank @Size(max = 1024) @Schema(format = "password") String password) {

		@Override
		public String toString() {
			return "Credentials[]";
		}

	}

	record RefreshToken(@NotBlank @Size(max = 100) String refreshToken) {

		@Override
		public String toString() {
			return "RefreshToken[]";
		}

	}

	/**
	 * @param accessToken send it as {@code Authorization: Bearer <accessToken>}
	 * @param tokenType always {@code Bearer}
	 * @param expiresAt when the access token stops working: refresh before
	 * @param refreshToken trade it once for a new pair at {@code POST /api/users/token}
	 * @param refreshTokenExpiresAt when the refresh token stops working
	 */
	record Tokens(String accessToken, String tokenType, Instant expiresAt, String refreshToken,
			Instant refreshTokenExpiresAt) {

		static Tokens of(SignIn.Session session) {
			return new Tokens(session.accessToken().value(), "Bearer", session.accessToken().expiresAt(),
					session.refreshToken(), session.refreshTokenExpiresAt());
		}

		@Override
		public String toString() {
			return "Tokens[expiresAt=" + expiresAt + "]";
		}

	}

	@PostMapping("/login")
	@Operation(operationId = "logIn", summary = "Log in with email address and password",
			description = "Answers an access token and a refresh token. Attempts per address are limited.")
	@ApiResponse(responseCode = "200", description = "Logged in")
	@ApiResponse(responseCode = "401", description = "The email address or the password is wrong (not saying which)")
	@ApiResponse(responseCode = "429", description = "Too many attempts from this address; see Retry-After")
	Tokens logIn(@Valid @RequestBody Credentials credentials) {
		return Tokens.of(signIn.logIn(credentials.email(), credentials.password()));
	}

	@PostMapping("/token")
	@Operation(operationId = "refreshTokens",
			summary = "Trade a refresh token for a new access token and refresh token",
			description = "Each refresh token works once. Presenting one again ends its session.")
	@ApiResponse(responseCode = "200", description = "A new pair of tokens")
	@ApiResponse(responseCode = "401", description = "The refresh token is invalid, used, revoked or expired")
	Tokens refresh(@Valid @RequestBody RefreshToken token) {
		return Tokens.of(signIn.refresh(token.refreshToken()));
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "logOut", summary = "Log out: revoke the session the refresh token belongs to",
			description = "Access tokens already issued stay valid until they expire, minutes later.")
	void logOut(@Valid @RequestBody RefreshToken token) {
		signIn.logOut(token.refreshToken());
	}

}
