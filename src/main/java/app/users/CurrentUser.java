package app.users;

import java.util.Set;

/**
 * Who is calling, as their access token says: how every module learns the caller, by
 * declaring a controller parameter of this type. Needs no look-up in the users module.
 *
 * @param id the caller's account
 * @param roles what the caller may do
 */
public record CurrentUser(UserId id, Set<Role> roles) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean isAdmin() {
		return roles.contains(Role.ADMIN);
	}

}
