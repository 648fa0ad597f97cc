package app.notifications.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer's contact details, as this module's copy has them.
 *
 * @param name how they want to be addressed; none once erased
 * @param email where they get email; none once erased
 * @param phone where they get text messages, in E.164 form; none if not given
 * @param smsNotifications whether they want order news by text message
 * @param erased whether their account was deleted and the details erased
 */
record Contact(UUID userId, @Nullable String name, @Nullable String email, @Nullable String phone,
		boolean smsNotifications, boolean erased) {

	/**
	 * Where a notification on the channel goes; none if the customer is not to get it.
	 */
	@Nullable String address(Channel channel) {
		if (erased) {
			return null;
		}
		return switch (channel) {
			case EMAIL -> email;
			case SMS -> smsNotifications ? phone : null;
		};
	}

	@Override
	public String toString() {
		return "Contact[userId=" + userId + ", erased=" + erased + "]";
	}

}
