package app.users.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks passwords with Spring Security's delegating encoder: bcrypt today,
 * and each hash names its algorithm, so a stronger one can take over without a reset.
 * Passwords are never logged, stored or returned.
 */
@Component
class Passwords {

	private final PasswordEncoder encoder;

	// Checked against when an account does not exist, so that a wrong email takes as long
	// to refuse as a wrong password and the answer time tells nothing about which
	// accounts exist.
	private final String absentAccountHash;

	Passwords(UsersSettings settings) {
		this.encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(settings.passwordHashStrength())));
		this.absentAccountHash = encoder.encode("no account has this password");
	}

	/** The hash to store for a password the policy accepts. */
	String hash(String password, String field, String email, String name) {
		List<String> violations = PasswordPolicy.violations(password, email, name);
		if (!violations.isEmpty()) {
			throw new WeakPassword(field, violations);
		}
		return encoder.encode(password);
	}

	/** Whether the password matches the hash; takes as long when there is no hash. */
	boolean matches(String password, @Nullable String hash) {
		if (hash == null) {
			encoder.matches(password, absentAccountHash);
			return false;
		}
		return encoder.matches(password, hash);
	}

}
