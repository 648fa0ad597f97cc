package app.users.account;

import java.util.Optional;

import app.users.Role;
import app.users.UserId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** All accounts, active and deleted. */
interface Accounts extends Repository<Account, UserId> {

	Account save(Account account);

	Optional<Account> findById(UserId id);

	/**
	 * @param email in {@link Account#normalized(String) normalized} form
	 */
	Optional<Account> findByEmail(String email);

	Page<Account> findAll(Pageable pageable);

	long countByRoleAndDeletedAtIsNull(Role role);

}
