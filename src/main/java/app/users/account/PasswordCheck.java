package app.users.account;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a browser in with an email address and password (the gateway's log-in form, ADR
 * 0038): the same check as the API's log-in, answering with who the user is and their
 * role, as an access token would. The session that follows is the browser's; no refresh
 * token is issued.
 */
@Component
class PasswordCheck implements AuthenticationProvider {

	private final Accounts accounts;

	private final Passwords passwords;

	private final TransactionTemplate reading;

	PasswordCheck(Accounts accounts, Passwords passwords, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.reading = new TransactionTemplate(transaction.getTransactionManager());
		this.reading.setReadOnly(true);
	}

	/**
	 * @throws BadCredentialsException for an unknown email and a wrong password alike
	 */
	@Override
	public Authentication authenticate(Authentication attempt) {
		var email = String.valueOf(attempt.getPrincipal());
		var password = String.valueOf(attempt.getCredentials());
		// Hashing outside any transaction: no pooled connection waits through it.
		var account = reading.execute(status -> accounts.findByEmail(Account.normalized(email)))
			.filter(it -> !it.isDeleted());
		if (!passwords.matches(password, account.map(Account::getPasswordHash).orElse(null))) {
			throw new BadCredentialsException("Wrong email address or password");
		}
		return UsernamePasswordAuthenticationToken.authenticated(account.get().getId().id().toString(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + account.get().getRole().name())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
