package app.users.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import app.users.Role;
import app.users.UserContactChanged;
import app.users.UserDeleted;
import app.users.UserId;
import app.users.UserRegistered;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user's account: how they sign in, what they may do, how they are reached and where
 * their parcels go. Deleting it erases everything personal and keeps only the id, which
 * orders still name.
 */
@Table(schema = "users", name = "accounts")
class Account extends AbstractAggregateRoot<Account> implements AggregateRoot<Account, UserId> {

	static final int MAX_ADDRESSES = 10;

	private final @Id UserId id;

	private @Nullable String email;

	private @Nullable String passwordHash;

	private String name;

	private @Nullable String phone;

	private boolean smsNotifications;

	private final Role role;

	private @MappedCollection(idColumn = "account_id", keyColumn = "position") List<Address> addresses;

	private final @InsertOnlyProperty Instant createdAt;

	private @Nullable Instant deletedAt;

	private @Version @Nullable Long version;

	@PersistenceCreator
	private Account(UserId id, @Nullable String email, @Nullable String passwordHash, String name,
			@Nullable String phone, boolean smsNotifications, Role role, List<Address> addresses, Instant createdAt,
			@Nullable Instant deletedAt, @Nullable Long version) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.name = name;
		this.phone = phone;
		this.smsNotifications = smsNotifications;
		this.role = role;
		this.addresses = new ArrayList<>(addresses);
		this.createdAt = createdAt;
		this.deletedAt = deletedAt;
		this.version = version;
	}

	/** A new account that can sign in with the given email address and password hash. */
	static Account open(String email, String passwordHash, String name, Role role, Instant now) {
		var account = new Account(UserId.random(), normalized(email), passwordHash, name.strip(), null, false, role,
				List.of(), now, null, null);
		account.registerEvent(new UserRegistered(account.id, account.name, account.email));
		return account;
	}

	/** The form in which email addresses are stored and compared: trimmed, lower case. */
	static String normalized(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void changeContact(String name, String email, @Nullable String phone, boolean smsNotifications, Instant now) {
		requireActive();
		if (smsNotifications && phone == null) {
			throw new InvalidProfile("smsNotifications", "needs a phone number");
		}
		this.name = name.strip();
		this.email = normalized(email);
		this.phone = phone;
		this.smsNotifications = smsNotifications;
		registerEvent(new UserContactChanged(id, this.name, this.email, phone, smsNotifications, now));
	}

	void changePasswordHash(String passwordHash) {
		requireActive();
		this.passwordHash = passwordHash;
	}

	AddressId addAddress(Address address) {
		requireActive();
		if (addresses.size() >= MAX_ADDRESSES) {
			throw new InvalidProfile("addresses", "an account keeps at most " + MAX_ADDRESSES + " addresses");
		}
		addresses.add(address);
		return address.getId();
	}

	void replaceAddress(Address address) {
		requireActive();
		addresses.set(indexOf(address.getId()), address);
	}

	Address address(AddressId address) {
		return addresses.get(indexOf(address));
	}

	void removeAddress(AddressId address) {
		requireActive();
		addresses.remove(indexOf(address));
	}

	/** Erases everything personal; the account can never sign in again. */
	void delete(Instant now) {
		requireActive();
		this.email = null;
		this.passwordHash = null;
		this.name = "Deleted user";
		this.phone = null;
		this.smsNotifications = false;
		this.addresses.clear();
		this.deletedAt = now;
		registerEvent(new UserDeleted(id));
	}

	boolean isDeleted() {
		return deletedAt != null;
	}

	@Override
	public UserId getId() {
		return id;
	}

	@Nullable String getPasswordHash() {
		return passwordHash;
	}

	/** The email address of an active account. */
	String getEmail() {
		requireActive();
		return Objects.requireNonNull(email);
	}

	String getName() {
		return name;
	}

	Role getRole() {
		return role;
	}

	Profile profile() {
		return new Profile(id, name, email, phone, smsNotifications, role,
				addresses.stream().map(Address::view).toList(), createdAt, deletedAt);
	}

	private int indexOf(AddressId address) {
		for (int i = 0; i < addresses.size(); i++) {
			if (addresses.get(i).getId().equals(address)) {
				return i;
			}
		}
		throw new AddressNotFound(address);
	}

	private void requireActive() {
		if (isDeleted()) {
			throw new AccountNotFound(id);
		}
	}

}
