package app.notifications.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.users.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every notification, with what became of it. A notification is recorded once per fact
 * and channel, however often its event arrives; the dispatcher takes due ones one at a
 * time, skipping those another instance holds. In SQL, though a notification is an
 * aggregate: every write is conditional (once per fact and channel, skip locked, only
 * from the expected status), which {@code save} cannot say.
 */
@Repository
class Notifications {

	private static final String COLUMNS = """
			id, event_key, channel, template, customer_id, facts::text AS facts, status, recipient, attempts,
			next_attempt_at, detail, created_at, sent_at""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Notifications(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Records the template's notifications on each of its channels, due now, unless they
	 * were recorded before for the same fact.
	 * @return how many were new
	 */
	int record(Template template, String eventKey, UserId customer, Facts facts, Instant now) {
		int recorded = 0;
		for (var channel : template.channels()) {
			var notification = Notification.due(eventKey, channel, template, customer, facts, now);
			recorded += jdbc
				.sql("""
						INSERT INTO notifications.notifications
						    (id, event_key, channel, template, customer_id, facts, status, attempts, next_attempt_at,
						     created_at)
						VALUES (:id, :eventKey, :channel, :template, :customer, CAST(:facts AS jsonb), :status, 0, :now, :now)
						ON CONFLICT (event_key, channel) DO NOTHING""")
				.param("id", notification.id().id())
				.param("eventKey", eventKey)
				.param("channel", channel.name())
				.param("template", template.id())
				.param("customer", customer.id())
				.param("facts", json.writeValueAsString(facts))
				.param("status", Status.PENDING.name())
				.param("now", Timestamp.from(now))
				.update();
		}
		return recorded;
	}

	/**
	 * Takes the notification due first on one of the channels, whose customer's contact
	 * details are known, for {@code sendTimeout}: until then no other instance takes it.
	 * Notifications another transaction holds are skipped, not waited for.
	 */
	Optional<Notification> takeNextDue(Set<Channel> channels, Instant now, Duration sendTimeout) {
		if (channels.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				UPDATE notifications.notifications SET next_attempt_at = :until
				WHERE id = (
				    SELECT n.id FROM notifications.notifications n
				    WHERE n.status = 'PENDING' AND n.next_attempt_at <= :now AND n.channel IN (:channels)
				      AND EXISTS (SELECT FROM notifications.contacts c WHERE c.user_id = n.customer_id)
				    ORDER BY n.next_attempt_at
				    LIMIT 1
				    FOR UPDATE OF n SKIP LOCKED)
				RETURNING\s""" + COLUMNS)
			.param("until", Timestamp.from(now.plus(sendTimeout)))
			.param("now", Timestamp.from(now))
			.param("channels", channels.stream().map(Channel::name).toList())
			.query(this::notification)
			.optional();
	}

	/**
	 * Stores what became of a notification the dispatcher took, unless it stopped being
	 * pending meanwhile (its customer's account was deleted).
	 * @return whether it was stored
	 */
	boolean settle(Notification notification) {
		return update(notification, Status.PENDING);
	}

	/**
	 * Stores a FAILED notification an administrator retries, unless it changed meanwhile.
	 */
	boolean retry(Notification notification) {
		return update(notification, Status.FAILED);
	}

	/**
	 * Fails the pending notifications recorded before {@code recordedBefore} whose
	 * customer's contact details never arrived.
	 * @return how many
	 */
	int giveUpWaitingForContacts(Instant recordedBefore, String why) {
		return jdbc.sql("""
				UPDATE notifications.notifications n SET status = 'FAILED', detail = :why
				WHERE n.status = 'PENDING' AND n.created_at < :before
				  AND NOT EXISTS (SELECT FROM notifications.contacts c WHERE c.user_id = n.customer_id)""")
			.param("why", why)
			.param("before", Timestamp.from(recordedBefore))
			.update();
	}

	/**
	 * Erases where the customer's notifications went, and skips those not sent, whose
	 * failures may quote an address.
	 */
	void forget(UserId customer, String why) {
		jdbc.sql("""
				UPDATE notifications.notifications
				SET recipient = NULL,
				    detail = CASE WHEN status IN ('PENDING', 'FAILED') THEN :why ELSE detail END,
				    status = CASE WHEN status IN ('PENDING', 'FAILED') THEN 'SKIPPED' ELSE status END
				WHERE customer_id = :customer AND (recipient IS NOT NULL OR status IN ('PENDING', 'FAILED'))""")
			.param("why", why)
			.param("customer", customer.id())
			.update();
	}

	Optional<Notification> find(NotificationId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notifications.notifications WHERE id = ?")
			.param(id.id())
			.query(this::notification)
			.optional();
	}

	/**
	 * Which notifications an administrator looks for; a criterion left out matches all.
	 */
	record Filter(@Nullable Status status, @Nullable UserId customer) {
	}

	/** Notifications, newest first. */
	Page<Notification> find(Filter filter, Pageable pageable) {
		var conditions = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (filter.status() != null) {
			conditions.add("status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.customer() != null) {
			conditions.add("customer_id = :customer");
			params.put("customer", filter.customer().id());
		}
		var where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		var content = jdbc
			.sql("SELECT " + COLUMNS + " FROM notifications.notifications" + where
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(this::notification)
			.list();
		// Only a page that might not be the last needs the total counted.
		if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
			return new PageImpl<>(content, pageable, content.size());
		}
		long total = jdbc.sql("SELECT count(*) FROM notifications.notifications" + where)
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(content, pageable, total);
	}

	private boolean update(Notification notification, Status expected) {
		return jdbc.sql("""
				UPDATE notifications.notifications
				SET status = :status, recipient = :recipient, attempts = :attempts, next_attempt_at = :next,
				    detail = :detail, sent_at = :sentAt
				WHERE id = :id AND status = :expected""")
			.param("status", notification.status().name())
			.param("recipient", notification.recipient())
			.param("attempts", notification.attempts())
			.param("next", Timestamp.from(notification.nextAttemptAt()))
			.param("detail", notification.detail())
			.param("sentAt", notification.sentAt() != null ? Timestamp.from(notification.sentAt()) : null)
			.param("id", notification.id().id())
			.param("expected", expected.name())
			.update() == 1;
	}

	private Notification notification(ResultSet row, int number) throws SQLException {
		return new Notification(new NotificationId(row.getObject("id", UUID.class)), row.getString("event_key"),
				Channel.valueOf(row.getString("channel")), Template.byId(row.getString("template")),
				new UserId(row.getObject("customer_id", UUID.class)),
				json.readValue(row.getString("facts"), Facts.class), Status.valueOf(row.getString("status")),
				row.getString("recipient"), row.getInt("attempts"), row.getTimestamp("next_attempt_at").toInstant(),
				row.getString("detail"), row.getTimestamp("created_at").toInstant(),
				instant(row.getTimestamp("sent_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp != null ? timestamp.toInstant() : null;
	}

}
