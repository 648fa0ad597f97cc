package app.users.account;

import java.util.Optional;
import java.util.UUID;

import app.users.Role;
import app.users.UserId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
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

	boolean existsByIdAndDeletedAtIsNull(UserId id);

	/**
	 * The password hash of an active account, with the account share-locked until the
	 * transaction ends: sessions start and refresh only while no password change or
	 * deletion of the account is under way.
	 */
	@Query("SELECT password_hash FROM users.accounts WHERE id = :id AND deleted_at IS NULL FOR SHARE")
	Optional<String> lockForSessions(UUID id);

}
