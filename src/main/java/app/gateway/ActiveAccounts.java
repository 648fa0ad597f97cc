package app.gateway;

import java.util.UUID;

/**
 * Whether the account an access token names may still act. A token stays signed until it
 * expires, but a deleted (or disabled) account must not shop with it: the gateway asks
 * this on every request that carries a token. Implemented by the module that owns
 * accounts; a process without it (a module tested alone) trusts the signature alone.
 */
@FunctionalInterface
public interface ActiveAccounts {

	boolean isActive(UUID account);

}
