package app.users.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.web.CountryCode;
import app.web.PlainText;
import org.jspecify.annotations.Nullable;

/** A shipping address as a customer enters it. */
record AddressDetails(@NotBlank @Size(max = 100) @PlainText String recipient,
		@NotBlank @Size(max = 200) @PlainText String line1, @Size(max = 200) @PlainText @Nullable String line2,
		@NotBlank @Size(max = 20) @PlainText String postalCode, @NotBlank @Size(max = 100) @PlainText String city,
		@NotBlank @CountryCode String country) {

	// No personal data: Spring MVC logs bodies by their toString() at debug level
	// (LogPrivacyTests).
	@Override
	public String toString() {
		return "AddressDetails[country=" + country + "]";
	}

	Address toAddress(AddressId id) {
		return new Address(id, recipient.strip(), line1.strip(),
				line2 == null || line2.isBlank() ? null : line2.strip(), postalCode.strip(), city.strip(), country);
	}

}
