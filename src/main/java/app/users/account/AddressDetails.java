package app.users.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A shipping address as a customer enters it. */
record AddressDetails(@NotBlank @Size(max = 100) String recipient, @NotBlank @Size(max = 200) String line1,
		@Size(max = 200) @Nullable String line2, @NotBlank @Size(max = 20) String postalCode,
		@NotBlank @Size(max = 100) String city, @NotBlank @Pattern(regexp = "^[A-Z]{2}$",
				message = "must be an ISO 3166 two-letter country code such as DE") String country) {

	Address toAddress(AddressId id) {
		return new Address(id, recipient.strip(), line1.strip(),
				line2 == null || line2.isBlank() ? null : line2.strip(), postalCode.strip(), city.strip(), country);
	}

}
