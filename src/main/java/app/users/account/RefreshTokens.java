package app.users.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import app.users.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Refresh tokens, stored only as SHA-256 hashes: a leaked table holds nothing that can be
 * presented. Tokens issued one after another from one login form a family; presenting a
 * used token revokes its whole family (ADR 0009). Not an aggregate but a table kept in
 * SQL: revocation is by family or account in one statement, and a lookup locks by hash.
 */
@Repository
class RefreshTokens {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	RefreshTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored refresh token, without its value. */
	record Stored(UUID id, UserId account, UUID family, Instant expiresAt, boolean spent) {

		boolean expiredAt(Instant now) {
			return !now.isBefore(expiresAt);
		}

	}

	/** A new token in the family; returns the value to give to the client, once. */
	String issue(UserId account, UUID family, Instant now, Instant expiresAt) {
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO users.refresh_tokens (id, account_id, family, token_hash, issued_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), account.id(), family, hash(value), utc(now), utc(expiresAt))
			.update();
		return value;
	}

	/** The token with this value, as it is now. */
	Optional<Stored> find(String value) {
		return select(value, "");
	}

	/** The token with this value, locked until the transaction ends. */
	Optional<Stored> lock(String value) {
		return select(value, " FOR UPDATE");
	}

	private Optional<Stored> select(String value, String locking) {
		return jdbc.sql("""
				SELECT id, account_id, family, expires_at, used_at IS NOT NULL OR revoked_at IS NOT NULL AS spent
				FROM users.refresh_tokens WHERE token_hash = ?""" + locking)
			.param(hash(value))
			.query((row, number) -> new Stored(row.getObject("id", UUID.class),
					new UserId(row.getObject("account_id", UUID.class)), row.getObject("family", UUID.class),
					row.getObject("expires_at", OffsetDateTime.class).toInstant(), row.getBoolean("spent")))
			.optional();
	}

	void markUsed(UUID id, Instant now) {
		jdbc.sql("UPDATE users.refresh_tokens SET used_at = ? WHERE id = ?").params(utc(now), id).update();
	}

	int revokeFamily(UUID family, Instant now) {
		return jdbc.sql("UPDATE users.refresh_tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL")
			.params(utc(now), family)
			.update();
	}

	int revokeAll(UserId account, Instant now) {
		return jdbc.sql("UPDATE users.refresh_tokens SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
			.params(utc(now), account.id())
			.update();
	}

	/**
	 * Forgets tokens that expired before the given moment; they can prove nothing
	 * anymore.
	 */
	int deleteExpiredBefore(Instant moment) {
		return jdbc.sql("DELETE FROM users.refresh_tokens WHERE expires_at < ?").param(utc(moment)).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static byte[] hash(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
