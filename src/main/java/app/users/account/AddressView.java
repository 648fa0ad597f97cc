package app.users.account;

import org.jspecify.annotations.Nullable;

/** A shipping address as the owner sees it. */
record AddressView(AddressId id, String recipient, String line1, @Nullable String line2, String postalCode, String city,
		String country) {

	// No personal data: Spring MVC logs bodies by their toString() at debug level
	// (LogPrivacyTests).
	@Override
	public String toString() {
		return "AddressView[id=" + id + "]";
	}

}
