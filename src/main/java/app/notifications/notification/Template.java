package app.notifications.notification;

import java.util.Set;

/**
 * What a notification says, and on which channels: each has a plain-text and an HTML
 * email template, and those sent by text message an SMS template, under
 * {@code templates/notifications/}.
 */
enum Template {

	WELCOME("welcome", "Welcome to Agora", Set.of(Channel.EMAIL)),

	CONTACT_CHANGED("contact-changed", "Your contact details were changed", Set.of(Channel.EMAIL)),

	ORDER_CONFIRMED("order-confirmed", "Your order is confirmed", Set.of(Channel.EMAIL, Channel.SMS)),

	ORDER_CANCELLED("order-cancelled", "Your order was cancelled", Set.of(Channel.EMAIL, Channel.SMS)),

	ORDER_SHIPPED("order-shipped", "Your order is on its way", Set.of(Channel.EMAIL, Channel.SMS)),

	ORDER_DELIVERED("order-delivered", "Your order was delivered", Set.of(Channel.EMAIL, Channel.SMS)),

	PAYMENT_REFUNDED("payment-refunded", "Your payment was refunded", Set.of(Channel.EMAIL, Channel.SMS));

	private final String id;

	private final String subject;

	private final Set<Channel> channels;

	Template(String id, String subject, Set<Channel> channels) {
		this.id = id;
		this.subject = subject;
		this.channels = channels;
	}

	/** The template's name, as recorded with each notification and in file names. */
	public String id() {
		return id;
	}

	/** The email's subject. */
	public String subject() {
		return subject;
	}

	public Set<Channel> channels() {
		return channels;
	}

	public static Template byId(String id) {
		for (var template : values()) {
			if (template.id.equals(id)) {
				return template;
			}
		}
		throw new IllegalArgumentException("No notification template " + id);
	}

}
