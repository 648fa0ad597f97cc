package app.notifications.notification;

import java.time.Clock;

import app.notifications.email.DevMailbox;
import app.users.UserContactChanged;
import app.users.UserDeleted;
import app.users.UserRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this module's copy of the customers' contact details from the users module's
 * events, welcomes new customers and tells them when their details change. A deleted
 * account's details are erased here too: from the copy, from where its notifications
 * went, and from the dev mailbox. Each event is applied in a transaction of its own; one
 * delivered again changes nothing.
 */
@Component
class AccountListener {

	private final Contacts contacts;

	private final Notifications notifications;

	private final DevMailbox mailbox;

	private final Clock clock;

	AccountListener(Contacts contacts, Notifications notifications, DevMailbox mailbox, Clock clock) {
		this.contacts = contacts;
		this.notifications = notifications;
		this.mailbox = mailbox;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(UserRegistered event) {
		contacts.registered(event.userId(), event.name(), event.email());
		notifications.record(Template.WELCOME, "user-registered:" + event.userId(), event.userId(), Facts.NONE,
				clock.instant());
	}

	@ApplicationModuleListener
	void on(UserContactChanged event) {
		contacts.changed(event.userId(), event.name(), event.email(), event.phone(), event.smsNotifications(),
				event.changedAt());
		notifications.record(Template.CONTACT_CHANGED, "contact-changed:" + event.userId() + ":" + event.changedAt(),
				event.userId(), Facts.NONE, clock.instant());
	}

	@ApplicationModuleListener
	void on(UserDeleted event) {
		contacts.erase(event.userId(), clock.instant());
		notifications.forget(event.userId(), Dispatcher.DELETED);
		mailbox.erase(event.userId());
	}

}
