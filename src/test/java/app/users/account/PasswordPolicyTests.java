package app.users.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "seven plums on a kettle", "Tr0ub4dor&3xyz", "ünïcödé-pässwörd" })
	void acceptsLongUnusualPasswords(String password) {
		assertThat(PasswordPolicy.violations(password, "jane.doe@example.com", "Jane Doe")).isEmpty();
	}

	@Test
	void countsCharactersNotBytesForTheMinimum() {
		assertThat(PasswordPolicy.violations("äöüßäöüßäöüx", "jane@example.com", "Jane")).isEmpty();
		assertThat(PasswordPolicy.violations("äöüßäöüßäöü", "jane@example.com", "Jane"))
			.containsExactly("must be at least 12 characters long");
	}

	@Test
	void refusesWhatBcryptWouldCutShort() {
		assertThat(PasswordPolicy.violations("abcdefgh".repeat(9), "jane@example.com", "Jane")).isEmpty();
		assertThat(PasswordPolicy.violations("abcdefgh".repeat(9) + "i", "jane@example.com", "Jane"))
			.containsExactly("must be at most 72 bytes long (about 70 letters)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Password1234", "aaaaaaaaaaaaaaaa", "abababababababab", "123456789012" })
	void refusesPasswordsGuessersTryFirst(String password) {
		assertThat(PasswordPolicy.violations(password, "jane@example.com", "Jane")).contains("is too easy to guess");
	}

	@Test
	void refusesPasswordsMadeOfTheAccountsOwnDetails() {
		assertThat(PasswordPolicy.violations("my-JaneDoe-secret", "jane.doe@example.com", "Jane Doe")).isEmpty();
		assertThat(PasswordPolicy.violations("xx-jane.doe-2024", "Jane.Doe@example.com", "J"))
			.containsExactly("must not contain your email address");
		assertThat(PasswordPolicy.violations("i am jane doe, hi", "someone@example.com", "Jane Doe"))
			.containsExactly("must not contain your name");
	}

}
