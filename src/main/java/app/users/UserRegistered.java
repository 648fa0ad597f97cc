package app.users;

import org.jmolecules.event.types.DomainEvent;

/**
 * Someone opened an account.
 *
 * @param userId the new account
 * @param name how they want to be addressed
 * @param email where they can be reached
 */
public record UserRegistered(UserId userId, String name, String email) implements DomainEvent {

	@Override
	public String toString() {
		return "UserRegistered[userId=" + userId + "]";
	}

}
