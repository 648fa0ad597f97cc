package app.users.account;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one of an account's shipping addresses. */
record AddressId(UUID id) implements Identifier {

	AddressId {
		Objects.requireNonNull(id, "id must not be null");
	}

	static AddressId random() {
		return new AddressId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
