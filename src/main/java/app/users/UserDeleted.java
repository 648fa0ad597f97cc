package app.users;

import org.jmolecules.event.types.DomainEvent;

/**
 * An account was deleted and its personal data erased; whoever keeps a copy of it erases
 * theirs. The id stays valid for the orders that name it.
 *
 * @param userId the deleted account
 */
public record UserDeleted(UserId userId) implements DomainEvent {
}
