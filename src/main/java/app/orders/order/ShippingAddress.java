package app.orders.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.web.CountryCode;
import app.web.PlainText;
import org.jmolecules.ddd.types.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Where an order goes, copied into the order when it is placed: changing an address book
 * later does not move a parcel.
 */
record ShippingAddress(@NotBlank @Size(max = 100) @PlainText String recipient,
		@NotBlank @Size(max = 200) @PlainText String line1, @Size(max = 200) @PlainText @Nullable String line2,
		@NotBlank @Size(max = 20) @PlainText String postalCode, @NotBlank @Size(max = 100) @PlainText String city,
		@NotBlank @CountryCode String country) implements ValueObject {

	// No personal data: Spring MVC logs bodies by their toString() at debug level
	// (LogPrivacyTests).
	@Override
	public String toString() {
		return "ShippingAddress[country=" + country + "]";
	}

	/** The same address without surrounding blanks, and without an empty second line. */
	ShippingAddress normalized() {
		return new ShippingAddress(recipient.strip(), line1.strip(),
				line2 == null || line2.isBlank() ? null : line2.strip(), postalCode.strip(), city.strip(), country);
	}

}
