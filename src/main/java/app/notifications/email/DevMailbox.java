package app.notifications.email;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import app.users.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where emails go when no SMTP server is configured: kept in the notifications schema,
 * for an administrator to read over HTTP, so that the shop's emails can be seen on a
 * laptop. Keeps each notification's email once, and none for a deleted account.
 */
@Repository
public class DevMailbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	DevMailbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps the email, unless it was kept before or its recipient's account is gone. The
	 * contact row is share-locked: an erasure under way is waited for and then seen, so
	 * it cannot miss an email kept at the same moment.
	 */
	public void keep(Email email) {
		jdbc.sql(
				"""
						INSERT INTO notifications.dev_mailbox (notification_id, to_address, subject, text_body, html_body, sent_at)
						SELECT n.id, :to, :subject, :text, :html, :now
						FROM notifications.notifications n JOIN notifications.contacts c ON c.user_id = n.customer_id
						WHERE n.id = :id AND c.erased_at IS NULL
						FOR SHARE OF c
						ON CONFLICT (notification_id) DO NOTHING""")
			.param("id", email.id())
			.param("to", email.to())
			.param("subject", email.subject())
			.param("text", email.text())
			.param("html", email.html())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Throws away every email kept for the customer: they address them by name. */
	public void erase(UserId customer) {
		jdbc.sql("""
				DELETE FROM notifications.dev_mailbox
				WHERE notification_id IN (SELECT id FROM notifications.notifications WHERE customer_id = ?)""")
			.param(customer.id())
			.update();
	}

	/** The emails kept, newest first; only those to {@code to}, if given. */
	Page<MailboxMessage> find(@Nullable String address, Pageable pageable) {
		// The users module keeps addresses in lower case.
		var to = address != null ? address.strip().toLowerCase(Locale.ROOT) : null;
		var where = to != null ? " WHERE to_address = :to" : "";
		var query = jdbc.sql(
				"SELECT notification_id, to_address, subject, text_body, html_body, sent_at FROM notifications.dev_mailbox"
						+ where + " ORDER BY sent_at DESC, notification_id DESC LIMIT :limit OFFSET :offset")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset());
		if (to != null) {
			query = query.param("to", to);
		}
		var content = query
			.query((row, number) -> new MailboxMessage(row.getObject("notification_id", UUID.class),
					row.getString("to_address"), row.getString("subject"), row.getString("text_body"),
					row.getString("html_body"), row.getTimestamp("sent_at").toInstant()))
			.list();
		if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
			return new PageImpl<>(content, pageable, content.size());
		}
		var count = jdbc.sql("SELECT count(*) FROM notifications.dev_mailbox" + where);
		if (to != null) {
			count = count.param("to", to);
		}
		return new PageImpl<>(content, pageable, count.query(Long.class).single());
	}

}
