package app;

import app.AuthorizationMatrixTests.Access;
import org.jspecify.annotations.Nullable;

/**
 * Who sends a request: nobody, a customer or an administrator, as far as the front door
 * knows them (their access token) and as far as fixtures need them (their credentials).
 */
record Caller(String name, Access role, @Nullable String email, @Nullable String password,
		@Nullable String accessToken) {

	static final Caller ANONYMOUS = new Caller("anonymous", Access.PUBLIC, null, null, null);

	/** Whether the document lets this caller call an operation of the given access. */
	boolean may(Access access) {
		return switch (access) {
			case PUBLIC -> true;
			case SIGNED_IN -> role != Access.PUBLIC;
			case ADMIN -> role == Access.ADMIN;
			case NOBODY -> false;
		};
	}

	@Nullable String bearer() {
		return accessToken == null ? null : "Bearer " + accessToken;
	}

	@Override
	public String toString() {
		return name;
	}

}
