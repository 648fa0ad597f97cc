package app.users;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies a user for good, even after their account is deleted and anonymised; other
 * modules keep this, never anything else about the user.
 */
public record UserId(UUID id) implements Identifier {

	public UserId {
		Objects.requireNonNull(id, "id must not be null");
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
