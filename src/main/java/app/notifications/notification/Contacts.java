package app.notifications.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.users.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * This module's copy of the customers' contact details, kept from the users module's
 * events, which may arrive late, twice, or out of order: a registration never overwrites
 * a change, an older change never overwrites a newer one, and nothing brings back the
 * details of a deleted account. Each rule is a conditional upsert in one statement, which
 * {@code save} cannot say.
 */
@Repository
class Contacts {

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The details given at registration, unless a change or the deletion came first. */
	void registered(UserId user, String name, String email) {
		jdbc.sql("""
				INSERT INTO notifications.contacts (user_id, name, email, phone, sms_notifications)
				VALUES (:user, :name, :email, NULL, false)
				ON CONFLICT (user_id) DO NOTHING""")
			.param("user", user.id())
			.param("name", name)
			.param("email", email)
			.update();
	}

	/**
	 * Details as they were at {@code changedAt}, unless newer ones or the deletion came
	 * first.
	 */
	void changed(UserId user, String name, String email, @Nullable String phone, boolean smsNotifications,
			Instant changedAt) {
		jdbc.sql("""
				INSERT INTO notifications.contacts AS c (user_id, name, email, phone, sms_notifications, changed_at)
				VALUES (:user, :name, :email, :phone, :sms, :changedAt)
				ON CONFLICT (user_id) DO UPDATE
				SET name = excluded.name, email = excluded.email, phone = excluded.phone,
				    sms_notifications = excluded.sms_notifications, changed_at = excluded.changed_at
				WHERE c.erased_at IS NULL AND (c.changed_at IS NULL OR c.changed_at < excluded.changed_at)""")
			.param("user", user.id())
			.param("name", name)
			.param("email", email)
			.param("phone", phone)
			.param("sms", smsNotifications && phone != null)
			.param("changedAt", Timestamp.from(changedAt))
			.update();
	}

	/** Erases the details for good, and remembers that they were erased. */
	void erase(UserId user, Instant now) {
		jdbc.sql("""
				INSERT INTO notifications.contacts AS c (user_id, sms_notifications, erased_at)
				VALUES (:user, false, :now)
				ON CONFLICT (user_id) DO UPDATE
				SET name = NULL, email = NULL, phone = NULL, sms_notifications = false, erased_at = excluded.erased_at
				WHERE c.erased_at IS NULL""").param("user", user.id()).param("now", Timestamp.from(now)).update();
	}

	Optional<Contact> find(UserId user) {
		return jdbc.sql("""
				SELECT user_id, name, email, phone, sms_notifications, erased_at IS NOT NULL AS erased
				FROM notifications.contacts WHERE user_id = ?""")
			.param(user.id())
			.query((row, number) -> new Contact(row.getObject("user_id", UUID.class), row.getString("name"),
					row.getString("email"), row.getString("phone"), row.getBoolean("sms_notifications"),
					row.getBoolean("erased")))
			.optional();
	}

}
