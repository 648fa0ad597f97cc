package app.users.account;

import org.jmolecules.ddd.types.Entity;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** Where a customer wants parcels delivered; one of several their account keeps. */
@Table(schema = "users", name = "addresses")
class Address implements Entity<Account, AddressId> {

	private final @Id AddressId id;

	private final String recipient;

	private final String line1;

	private final @Nullable String line2;

	private final String postalCode;

	private final String city;

	private final String country;

	@PersistenceCreator
	Address(AddressId id, String recipient, String line1, @Nullable String line2, String postalCode, String city,
			String country) {
		this.id = id;
		this.recipient = recipient;
		this.line1 = line1;
		this.line2 = line2;
		this.postalCode = postalCode;
		this.city = city;
		this.country = country;
	}

	@Override
	public AddressId getId() {
		return id;
	}

	AddressView view() {
		return new AddressView(id, recipient, line1, line2, postalCode, city, country);
	}

}
