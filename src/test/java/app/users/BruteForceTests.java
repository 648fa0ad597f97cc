package app.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Guessing passwords at speed ends in a lockout, even once the right one comes up. */
@ApplicationModuleTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "agora.gateway.rate-limits.credentials.capacity=5")
class BruteForceTests {

	private final MockMvcTester mvc;

	BruteForceTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void locksOutAnAddressAfterTooManyLogInAttempts() {
		var email = "victim@example.com";
		// The victim registered from home; the guesser has the whole allowance of 5 to
		// themselves.
		assertThat(Customers.attemptRegistration(mvc, email, Customers.PASSWORD, "192.0.2.1"))
			.hasStatus(HttpStatus.ACCEPTED);
		for (int guess = 1; guess <= 5; guess++) {
			assertThat(Customers.attemptLogIn(mvc, email, "wrong guess number " + guess))
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}

		var rightButTooLate = Customers.attemptLogIn(mvc, email, Customers.PASSWORD);

		assertThat(rightButTooLate).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.containsHeader("Retry-After");
	}

}
