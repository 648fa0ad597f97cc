package app.users.account;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs a browser in with an email address and password (the gateway's log-in form, ADR
 * 0038): the same check as the API's log-in, answering with who the user is and their
 * role, as an access token would. The session that follows is the browser's; no refresh
 * token is issued.
 */
@Component
class PasswordCheck implements AuthenticationProvider {

	private final SignIn signIn;

	PasswordCheck(SignIn signIn) {
		this.signIn = signIn;
	}

	/**
	 * @throws BadCredentialsException for an unknown email and a wrong password alike
	 */
	@Override
	public Authentication authenticate(Authentication attempt) {
		Account account;
		try {
			account = signIn.checked(String.valueOf(attempt.getPrincipal()), String.valueOf(attempt.getCredentials()));
		}
		catch (InvalidCredentials ex) {
			throw new BadCredentialsException("Wrong email address or password", ex);
		}
		return UsernamePasswordAuthenticationToken.authenticated(account.getId().id().toString(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
