package app.notifications.notification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do with notifications: look them up, and retry failed ones. */
@Service
@Transactional
class NotificationAdministration {

	private static final Logger log = LoggerFactory.getLogger(NotificationAdministration.class);

	private final Notifications notifications;

	private final Clock clock;

	NotificationAdministration(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<NotificationView> find(Notifications.Filter filter, Pageable pageable) {
		return notifications.find(filter, pageable).map(NotificationView::of);
	}

	/**
	 * Makes a FAILED notification due now, with all its attempts again.
	 * @throws NotRetryable when it is not FAILED
	 */
	NotificationView retry(NotificationId id) {
		var failed = notifications.find(id).orElseThrow(() -> new NotificationNotFound(id));
		var retried = failed.retried(clock.instant());
		if (!notifications.retry(retried)) {
			throw new NotRetryable(id, notifications.find(id).map(Notification::status).orElse(failed.status()));
		}
		log.info("Notification {} is retried, as an administrator asked", id);
		return NotificationView.of(retried);
	}

}
