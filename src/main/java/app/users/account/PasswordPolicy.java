package app.users.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, after NIST SP 800-63B: long enough, not trivially guessable
 * from the account itself or from the lists attackers try first, and no composition
 * rules. The upper bound is bcrypt's: it reads only the first 72 bytes.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	/** The policy as the OpenAPI document states it. */
	static final String DESCRIPTION = "At least 12 characters and at most 72 bytes in UTF-8 (bcrypt reads no more), "
			+ "not among the passwords guessers try first, without your email address or name";

	// Long enough to pass the length rule, and still among the first that guessers try.
	private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "12345678901234", "123456123456",
			"password1234", "password12345", "passwordpassword", "qwertyuiopas", "qwertyuiop12", "qwerty123456",
			"iloveyou1234", "abcdefghijkl", "abc123abc123", "letmein12345", "welcome12345", "administrator",
			"changeme1234", "111111111111", "000000000000", "asdfghjklqwe");

	private PasswordPolicy() {
	}

	/**
	 * What is wrong with the password for an account with this email and name; empty if
	 * nothing.
	 */
	static List<String> violations(String password, String email, String name) {
		var violations = new ArrayList<String>();
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			violations.add("must be at least " + MIN_LENGTH + " characters long");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			violations.add("must be at most " + MAX_BYTES + " bytes long (about 70 letters)");
		}
		var lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || password.codePoints().distinct().count() < 4) {
			violations.add("is too easy to guess");
		}
		var mailbox = Account.normalized(email).split("@", 2)[0];
		if (mailbox.length() >= 4 && lower.contains(mailbox)) {
			violations.add("must not contain your email address");
		}
		var lowerName = name.strip().toLowerCase(Locale.ROOT);
		if (lowerName.length() >= 4 && lower.contains(lowerName)) {
			violations.add("must not contain your name");
		}
		return violations;
	}

}
