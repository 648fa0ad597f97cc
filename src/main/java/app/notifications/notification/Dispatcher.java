package app.notifications.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import app.notifications.email.Email;
import app.notifications.email.EmailSender;
import app.notifications.sms.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Sends due notifications, every {@link DispatchPolicy#interval()}, on a thread of its
 * own: a slow or unreachable mail server holds up nothing but notifications, neither the
 * listeners that record them nor the shop's other scheduled jobs. Each notification is
 * taken under a row lock that other instances skip, and then is theirs to retry only
 * after the send timeout; it is sent outside any transaction, and what became of it
 * stored afterwards. A send that fails is tried again after a growing wait and, after the
 * last attempt, the notification is FAILED for an administrator to see. After a failure
 * on a channel, the rest of that run leaves the channel alone: its server is likely down,
 * and waiting for it with every notification would only burn their attempts.
 * <p>
 * On shutdown it stops after the web server (its phase is the task executors'), so that
 * the shop takes no more requests first, and it finishes the one notification it is
 * sending, not its batch: a send cut off midway could reach the customer unrecorded and
 * go out again.
 */
@Component
class Dispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	static final String DELETED = "The customer deleted their account";

	static final String NO_TEXT_MESSAGES = "The customer gets no text messages: no phone number, or not opted in";

	/**
	 * How long a shutdown waits for the send under way: an SMTP connection and a few
	 * exchanges within the mail timeouts of application.yaml.
	 */
	private static final int AWAIT_SEND_SECONDS = 8;

	private final Notifications notifications;

	private final Contacts contacts;

	private final Messages messages;

	private final EmailSender email;

	private final SmsSender sms;

	private final DispatchPolicy policy;

	private final Clock clock;

	private volatile ThreadPoolTaskScheduler scheduler;

	private volatile boolean stopping;

	Dispatcher(Notifications notifications, Contacts contacts, Messages messages, EmailSender email, SmsSender sms,
			DispatchPolicy policy, Clock clock) {
		this.notifications = notifications;
		this.contacts = contacts;
		this.messages = messages;
		this.email = email;
		this.sms = sms;
		this.policy = policy;
		this.clock = clock;
	}

	/** Sends what is due now, up to a batch, and gives up on contacts that never came. */
	void dispatch() {
		var waited = notifications.giveUpWaitingForContacts(clock.instant().minus(policy.contactWait()),
				"The customer's contact details did not arrive within " + policy.contactWait());
		if (waited > 0) {
			log.warn("{} notifications failed: their customers' contact details did not arrive within {}", waited,
					policy.contactWait());
		}
		Set<Channel> working = EnumSet.allOf(Channel.class);
		for (int i = 0; i < policy.batchSize() && !stopping; i++) {
			var next = notifications.takeNextDue(working, clock.instant(), policy.sendTimeout());
			if (next.isEmpty()) {
				return;
			}
			if (!deliver(next.get())) {
				working.remove(next.get().channel());
			}
		}
	}

	/**
	 * @return whether the channel worked, or was not needed
	 */
	private boolean deliver(Notification notification) {
		var contact = contacts.find(notification.customer());
		if (contact.isEmpty()) {
			// Taken only once the contact is known, and contacts are never removed.
			throw new IllegalStateException("No contact details for " + notification.customer());
		}
		var to = contact.get().address(notification.channel());
		if (to == null) {
			settle(notification.skipped(contact.get().erased() ? DELETED : NO_TEXT_MESSAGES));
			return true;
		}
		try {
			send(notification, contact.get(), to);
		}
		catch (RuntimeException ex) {
			var failed = notification.failed(describe(ex), clock.instant(), policy);
			settle(failed);
			if (failed.isFailed()) {
				log.warn("Gave up on notification {} ({} by {} to customer {}) after {} attempts: {}", failed.id(),
						failed.template().id(), failed.channel(), failed.customer(), failed.attempts(),
						failed.detail());
			}
			else {
				log.info("Could not send notification {} by {} ({}); attempt {} of {}, next at {}", failed.id(),
						failed.channel(), failed.detail(), failed.attempts(), policy.maxAttempts(),
						failed.nextAttemptAt());
			}
			return false;
		}
		settle(notification.sent(to, clock.instant()));
		log.debug("Sent notification {} ({} by {})", notification.id(), notification.template().id(),
				notification.channel());
		return true;
	}

	private void send(Notification notification, Contact contact, String to) {
		switch (notification.channel()) {
			case EMAIL -> {
				var rendered = messages.email(notification.template(), contact, notification.facts());
				email.send(new Email(notification.id().id(), to, rendered.subject(), rendered.text(), rendered.html()));
			}
			case SMS -> sms.send(to, messages.sms(notification.template(), contact, notification.facts()));
		}
	}

	private void settle(Notification outcome) {
		if (!notifications.settle(outcome)) {
			log.debug("Notification {} changed while it was sent (its customer's account was deleted)", outcome.id());
		}
	}

	/** Why a send failed, as the sender and its root cause say, for administrators. */
	private static String describe(RuntimeException ex) {
		var words = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
		var root = NestedExceptionUtils.getRootCause(ex);
		if (root != null && root.getMessage() != null && !words.contains(root.getMessage())) {
			words += " (" + root.getMessage() + ")";
		}
		words = words.replaceAll("\\s+", " ").strip();
		return words.length() > 1000 ? words.substring(0, 1000) : words;
	}

	@Override
	public void start() {
		stopping = false;
		var scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("notifications-");
		scheduler.setPoolSize(1);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(AWAIT_SEND_SECONDS);
		scheduler.initialize();
		scheduler.scheduleWithFixedDelay(this::dispatchSafely, clock.instant().plus(policy.dispatchInterval()),
				policy.dispatchInterval());
		this.scheduler = scheduler;
	}

	@Override
	public void stop() {
		stopping = true;
		var scheduler = this.scheduler;
		if (scheduler != null) {
			scheduler.shutdown();
			this.scheduler = null;
		}
	}

	/** With the task executors, after the web server has stopped taking requests. */
	@Override
	public int getPhase() {
		return ExecutorConfigurationSupport.DEFAULT_PHASE;
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

	private void dispatchSafely() {
		try {
			dispatch();
		}
		catch (RuntimeException ex) {
			log.warn("Could not send notifications; trying again in {}", policy.dispatchInterval(), ex);
		}
	}

}
