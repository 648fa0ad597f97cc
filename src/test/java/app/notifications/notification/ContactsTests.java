package app.notifications.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import app.users.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The copy of contact details under user events that arrive late, twice or out of order:
 * the newest details win, and erased ones stay erased.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContactsTests {

	static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

	static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

	private final Contacts contacts;

	ContactsTests(Contacts contacts) {
		this.contacts = contacts;
	}

	@Test
	void keepsTheRegistrationUntilAChange() {
		var user = UserId.random();

		contacts.registered(user, "Jane", "jane@example.com");
		contacts.registered(user, "Jane", "jane@example.com");

		assertThat(contacts.find(user))
			.hasValue(new Contact(user.id(), "Jane", "jane@example.com", null, false, false));
		contacts.changed(user, "Jane Doe", "doe@example.com", "+4915112345678", true, MONDAY);
		assertThat(contacts.find(user))
			.hasValue(new Contact(user.id(), "Jane Doe", "doe@example.com", "+4915112345678", true, false));
	}

	@Test
	void keepsAChangeThatArrivedBeforeTheRegistration() {
		var user = UserId.random();

		contacts.changed(user, "Jane Doe", "doe@example.com", null, false, MONDAY);
		contacts.registered(user, "Jane", "jane@example.com");

		assertThat(contacts.find(user)).map(Contact::email).hasValue("doe@example.com");
	}

	@Test
	void keepsTheNewerOfTwoChangesWhateverTheirOrder() {
		var user = UserId.random();

		contacts.changed(user, "Tuesday", "tuesday@example.com", null, false, TUESDAY);
		contacts.changed(user, "Monday", "monday@example.com", "+4915112345678", true, MONDAY);

		assertThat(contacts.find(user)).map(Contact::name).hasValue("Tuesday");
	}

	@Test
	void keepsErasedDetailsErasedWhateverArrivesLater() {
		var user = UserId.random();
		contacts.changed(user, "Jane", "jane@example.com", "+4915112345678", true, MONDAY);

		contacts.erase(user, TUESDAY);
		contacts.registered(user, "Jane", "jane@example.com");
		contacts.changed(user, "Jane", "jane@example.com", "+4915112345678", true, TUESDAY.plusSeconds(1));
		contacts.erase(user, TUESDAY.plusSeconds(2));

		assertThat(contacts.find(user)).hasValue(new Contact(user.id(), null, null, null, false, true));
	}

	@Test
	void erasesAUserItNeverHeardOfForGood() {
		var user = UserId.random();

		contacts.erase(user, MONDAY);
		contacts.registered(user, "Jane", "jane@example.com");

		assertThat(contacts.find(user)).map(Contact::erased).hasValue(true);
	}

}
