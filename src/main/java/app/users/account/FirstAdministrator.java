package app.users.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import app.database.EmbeddedDatabase;
import app.users.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure the shop has an administrator: at start-up, when no active one exists, the
 * one from configuration is created. No password is built in anywhere; with the embedded
 * database and none configured, a random one is generated and logged this one time.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final Passwords passwords;

	private final UsersSettings.FirstAdministrator settings;

	private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FirstAdministrator(Accounts accounts, Passwords passwords, UsersSettings settings,
			ObjectProvider<EmbeddedDatabase> embeddedDatabase, TransactionTemplate transaction, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.settings = settings.admin();
		this.embeddedDatabase = embeddedDatabase;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (accounts.countByRoleAndDeletedAtIsNull(Role.ADMIN) > 0) {
			return;
		}
		var password = settings.password();
		var generated = false;
		if (password == null || password.isBlank()) {
			if (embeddedDatabase.getIfAvailable() == null) {
				log.warn("There is no administrator, and none is configured: set AGORA_USERS_ADMIN_EMAIL and "
						+ "AGORA_USERS_ADMIN_PASSWORD and restart to create one");
				return;
			}
			password = generatedPassword();
			generated = true;
		}
		var hash = passwords.hash(password, "agora.users.admin.password", settings.email(), settings.name());
		try {
			transaction.executeWithoutResult(status -> accounts
				.save(Account.open(settings.email(), hash, settings.name(), Role.ADMIN, clock.instant())));
		}
		catch (DuplicateKeyException ex) {
			log.warn("Could not create the first administrator: an account with the email address {} exists already",
					settings.email());
			return;
		}
		if (generated) {
			log.warn("Created the first administrator {} with the password {} (shown this once: note it, "
					+ "or change it with PUT /api/users/me/password)", settings.email(), password);
		}
		else {
			log.info("Created the first administrator {}", settings.email());
		}
	}

	private static String generatedPassword() {
		var bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
