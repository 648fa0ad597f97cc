package app.users.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.gateway.AccessToken;
import app.gateway.AccessTokens;
import app.users.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logging in, staying logged in and logging out: a password buys an access token and a
 * refresh token; a refresh token buys a new pair once; logging out revokes the session.
 */
@Service
class SignIn {

	private static final Logger log = LoggerFactory.getLogger(SignIn.class);

	private final Accounts accounts;

	private final Passwords passwords;

	private final RefreshTokens refreshTokens;

	private final AccessTokens accessTokens;

	private final UsersSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate reading;

	SignIn(Accounts accounts, Passwords passwords, RefreshTokens refreshTokens, AccessTokens accessTokens,
			UsersSettings settings, Clock clock, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.refreshTokens = refreshTokens;
		this.accessTokens = accessTokens;
		this.settings = settings;
		this.clock = clock;
		this.transaction = transaction;
		this.reading = new TransactionTemplate(transaction.getTransactionManager());
		this.reading.setReadOnly(true);
	}

	/** What a client gets for proving who it is. */
	record Session(AccessToken accessToken, String refreshToken, Instant refreshTokenExpiresAt) {

		@Override
		public String toString() {
			return "Session[expiresAt=" + accessToken.expiresAt() + "]";
		}

	}

	/**
	 * Checks the password outside any transaction, because hashing takes a tenth of a
	 * second that no pooled connection should wait through; then starts the session only
	 * if the password is still the one checked. The account is read in a transaction of
	 * its own all the same: outside one, Spring Data JDBC loads its addresses on a second
	 * connection while holding the first, and ten concurrent log-ins held the whole pool
	 * waiting for an eleventh.
	 * @throws InvalidCredentials for an unknown email and a wrong password alike
	 */
	Session logIn(String email, String password) {
		var account = checked(email, password);
		var hash = account.getPasswordHash();
		var session = transaction.execute(status -> {
			var current = accounts.lockForSessions(account.getId().id());
			if (current.isEmpty() || !current.get().equals(hash)) {
				// Changed or deleted while the password was being checked.
				throw new InvalidCredentials();
			}
			return startSession(account, UUID.randomUUID());
		});
		log.info("User {} logged in", account.getId());
		return session;
	}

	/**
	 * The account whose password this is, read in a transaction of its own and checked
	 * outside any: what the API's log-in and the browser's ({@link PasswordCheck}) both
	 * ask.
	 * @throws InvalidCredentials for an unknown email and a wrong password alike
	 */
	Account checked(String email, String password) {
		var account = reading.execute(status -> accounts.findByEmail(Account.normalized(email)))
			.filter(it -> !it.isDeleted());
		if (!passwords.matches(password, account.map(Account::getPasswordHash).orElse(null))) {
			throw new InvalidCredentials();
		}
		return account.get();
	}

	/**
	 * A new pair for a refresh token that was never used. A used one means it was stolen
	 * or replayed: its whole family is revoked, and the thief and the user both have to
	 * log in again.
	 */
	@Transactional(noRollbackFor = InvalidRefreshToken.class)
	Session refresh(String refreshToken) {
		var now = clock.instant();
		var presented = refreshTokens.find(refreshToken).orElseThrow(InvalidRefreshToken::new);
		// The account first, then the token: the order in which a password change or a
		// deletion locks them. A refresh
		// racing one either commits before it, and its new token is revoked with the
		// others, or waits and sees the
		// revocation.
		var active = accounts.lockForSessions(presented.account().id()).isPresent();
		var stored = refreshTokens.lock(refreshToken).orElseThrow(InvalidRefreshToken::new);
		if (stored.spent()) {
			var revoked = refreshTokens.revokeFamily(stored.family(), now);
			if (revoked > 0) {
				log.warn("A used refresh token of user {} was presented again: revoked its session", stored.account());
			}
			throw new InvalidRefreshToken();
		}
		if (stored.expiredAt(now)) {
			throw new InvalidRefreshToken();
		}
		var account = accounts.findById(stored.account()).filter(it -> active);
		if (account.isEmpty()) {
			refreshTokens.revokeFamily(stored.family(), now);
			throw new InvalidRefreshToken();
		}
		refreshTokens.markUsed(stored.id(), now);
		return startSession(account.get(), stored.family());
	}

	/**
	 * Revokes the session the refresh token belongs to; an unknown token changes nothing.
	 */
	@Transactional
	void logOut(String refreshToken) {
		refreshTokens.lock(refreshToken).ifPresent(stored -> {
			refreshTokens.revokeFamily(stored.family(), clock.instant());
			log.info("User {} logged out", stored.account());
		});
	}

	/** Ends every session of the account, as after a password change or deletion. */
	void logOutEverywhere(UserId account) {
		refreshTokens.revokeAll(account, clock.instant());
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	@Transactional
	void forgetExpiredRefreshTokens() {
		var forgotten = refreshTokens.deleteExpiredBefore(clock.instant());
		if (forgotten > 0) {
			log.info("Forgot {} expired refresh tokens", forgotten);
		}
	}

	private Session startSession(Account account, UUID family) {
		var now = clock.instant();
		var refreshExpiresAt = now.plus(settings.refreshTokenLifetime());
		var refreshToken = refreshTokens.issue(account.getId(), family, now, refreshExpiresAt);
		var accessToken = accessTokens.issue(account.getId().id(), List.of(account.getRole().name()));
		return new Session(accessToken, refreshToken, refreshExpiresAt);
	}

}
