package app.users.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import app.users.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure the shop has an administrator: at start-up, when no active one exists, the
 * one from configuration is created. No password is built in anywhere; with the embedded
 * database and none configured, a random one is generated and written to a file beside
 * the data, readable only by the shop's user; the log says where, never what.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	/**
	 * Where a generated password is kept, beside the embedded database's data directory.
	 */
	static final String PASSWORD_FILE_NAME = "first-administrator-password";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final Passwords passwords;

	private final UsersSettings.FirstAdministrator settings;

	private final @Nullable Path localData;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FirstAdministrator(Accounts accounts, Passwords passwords, UsersSettings settings,
			@Value("${agora.local-data:}") String localData, TransactionTemplate transaction, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.settings = settings.admin();
		// A shop on its own keeps a password it generated with its other data
		// (app.database.LocalData).
		this.localData = localData.isBlank() ? null : Path.of(localData);
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
			if (localData == null) {
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
		if (generated && localData != null) {
			var file = localData.resolve(PASSWORD_FILE_NAME);
			writeOwnerOnly(file, password);
			log.warn(
					"Created the first administrator {}; its generated password is in {}, readable only by you "
							+ "(change it with PUT /api/users/me/password, then delete the file)",
					settings.email(), file);
		}
		else {
			log.info("Created the first administrator {}", settings.email());
		}
	}

	/*
	 * Never in the log, which is shipped and kept: in a file only the shop's user may
	 * read, beside the data it protects.
	 */
	private static void writeOwnerOnly(Path file, String password) {
		try {
			Files.deleteIfExists(file);
			try {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system: the data directory's permissions are all there
				// is.
				Files.createFile(file);
			}
			Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the first administrator's password to " + file, ex);
		}
	}

	private static String generatedPassword() {
		var bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
