package app.users.account;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import app.gateway.ActiveAccounts;
import app.users.Role;
import app.users.UserId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Opening, changing and deleting accounts. */
@Service
class AccountManagement implements ActiveAccounts {

	private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

	private final Accounts accounts;

	private final Passwords passwords;

	private final SignIn signIn;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AccountManagement(Accounts accounts, Passwords passwords, SignIn signIn, Clock clock,
			TransactionTemplate transaction) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.signIn = signIn;
		this.clock = clock;
		this.transaction = transaction;
	}

	/**
	 * Opens a customer account, unless the address already has one: the caller is not
	 * told which, so registration cannot be used to find out who has an account. The
	 * password is hashed either way, so the answer takes as long; and before the
	 * transaction, so that no pooled connection waits for it.
	 */
	void register(String email, String password, String name) {
		var hash = passwords.hash(password, "password", email, name);
		transaction.executeWithoutResult(status -> {
			if (accounts.findByEmail(Account.normalized(email)).isPresent()) {
				log.info("Registration for an email address that already has an account; nothing changed");
				return;
			}
			var account = accounts.save(Account.open(email, hash, name, Role.CUSTOMER, clock.instant()));
			log.info("User {} registered", account.getId());
		});
	}

	/** One indexed read per request that carries a token, outside any transaction. */
	@Override
	public boolean isActive(UUID account) {
		return accounts.existsByIdAndDeletedAtIsNull(new UserId(account));
	}

	@Transactional(readOnly = true)
	Profile profile(UserId id) {
		return active(id).profile();
	}

	@Transactional(readOnly = true)
	Page<Profile> list(Pageable pageable) {
		return accounts.findAll(pageable).map(Account::profile);
	}

	/** Any account, deleted ones too: administrators may need to see what is left. */
	@Transactional(readOnly = true)
	Profile anyProfile(UserId id) {
		return accounts.findById(id).orElseThrow(() -> new AccountNotFound(id)).profile();
	}

	/**
	 * @throws EmailTaken when another account has the new email address
	 */
	@Transactional
	Profile changeContact(UserId id, String name, String email, @Nullable String phone, boolean smsNotifications) {
		var account = active(id);
		accounts.findByEmail(Account.normalized(email)).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new EmailTaken();
		});
		account.changeContact(name, email, phone, smsNotifications, clock.instant());
		return accounts.save(account).profile();
	}

	/**
	 * Needs the current password; ends every session, so a thief's refresh token dies
	 * with it. Hashing happens outside the transaction; the change applies only if the
	 * password is still the one checked.
	 */
	void changePassword(UserId id, String currentPassword, String newPassword) {
		var checked = active(id);
		var currentHash = checked.getPasswordHash();
		if (!passwords.matches(currentPassword, currentHash)) {
			throw new InvalidProfile("currentPassword", "is not your current password");
		}
		var newHash = passwords.hash(newPassword, "newPassword", checked.getEmail(), checked.getName());
		transaction.executeWithoutResult(status -> {
			var account = active(id);
			if (!Objects.equals(account.getPasswordHash(), currentHash)) {
				throw new InvalidProfile("currentPassword", "is not your current password");
			}
			account.changePasswordHash(newHash);
			accounts.save(account);
			signIn.logOutEverywhere(id);
		});
		log.info("User {} changed their password; all their sessions ended", id);
	}

	@Transactional(readOnly = true)
	AddressView address(UserId id, AddressId addressId) {
		return active(id).address(addressId).view();
	}

	@Transactional
	AddressView addAddress(UserId id, AddressDetails details) {
		var account = active(id);
		var address = details.toAddress(AddressId.random());
		account.addAddress(address);
		accounts.save(account);
		return address.view();
	}

	@Transactional
	AddressView replaceAddress(UserId id, AddressId addressId, AddressDetails details) {
		var account = active(id);
		var address = details.toAddress(addressId);
		account.replaceAddress(address);
		accounts.save(account);
		return address.view();
	}

	@Transactional
	void removeAddress(UserId id, AddressId addressId) {
		var account = active(id);
		account.removeAddress(addressId);
		accounts.save(account);
	}

	/**
	 * Deletes and anonymises the account and ends its sessions. The last administrator
	 * stays: a shop nobody can administer would need a restart to get one back.
	 */
	@Transactional
	void delete(UserId id, UserId deletedBy) {
		var account = active(id);
		if (account.getRole() == Role.ADMIN && accounts.countByRoleAndDeletedAtIsNull(Role.ADMIN) <= 1) {
			throw new LastAdministrator();
		}
		account.delete(clock.instant());
		accounts.save(account);
		signIn.logOutEverywhere(id);
		log.info("User {} deleted by {}", id, id.equals(deletedBy) ? "themselves" : "administrator " + deletedBy);
	}

	private Account active(UserId id) {
		return accounts.findById(id).filter(it -> !it.isDeleted()).orElseThrow(() -> new AccountNotFound(id));
	}

}
