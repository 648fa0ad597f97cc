package app.users.account;

import java.time.Instant;
import java.util.List;

import app.users.Role;
import app.users.UserId;
import org.jspecify.annotations.Nullable;

/**
 * An account as its owner and administrators see it: never with a password hash.
 *
 * @param email none once the account is deleted
 * @param deletedAt when the account was deleted and anonymised; absent while active
 */
record Profile(UserId id, String name, @Nullable String email, @Nullable String phone, boolean smsNotifications,
		Role role, List<AddressView> addresses, Instant createdAt, @Nullable Instant deletedAt) {

	// No personal data: Spring MVC logs bodies by their toString() at debug level
	// (LogPrivacyTests).
	@Override
	public String toString() {
		return "Profile[id=" + id + "]";
	}

}
