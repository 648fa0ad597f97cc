package app.users.account;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of accounts and sign-in.
 *
 * @param refreshTokenLifetime how long a session may go unused before its user must log
 * in again
 * @param admin the first administrator, created at start-up when there is none
 * @param passwordHashStrength bcrypt's cost for new password hashes (2 to this power
 * rounds); a hash keeps the cost it was made with, so a change applies from the next
 * password set
 */
@Validated
@ConfigurationProperties("agora.users")
record UsersSettings(@NotNull @DefaultValue("30d") Duration refreshTokenLifetime,
		@Valid @DefaultValue FirstAdministrator admin, @Min(4) @Max(31) @DefaultValue("10") int passwordHashStrength) {

	/**
	 * @param email the first administrator's email address
	 * @param name the first administrator's name
	 * @param password the first administrator's password, from the environment
	 * ({@code AGORA_USERS_ADMIN_PASSWORD}); with the embedded database and none given,
	 * one is generated and written to data/first-administrator-password, never logged
	 */
	record FirstAdministrator(@NotBlank @Email @DefaultValue("admin@agora.local") String email,
			@NotBlank @DefaultValue("Administrator") String name, @Nullable String password) {

		@Override
		public String toString() {
			return "FirstAdministrator[email=" + email + ", name=" + name + "]";
		}

	}

}
