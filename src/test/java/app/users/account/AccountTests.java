package app.users.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;

import app.users.Role;
import app.users.UserContactChanged;
import app.users.UserDeleted;
import app.users.UserRegistered;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.AggregateTestUtils;

class AccountTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Test
	void opensWithANormalizedEmailAddressAndSaysSo() {
		var account = Account.open("  Jane.Doe@Example.COM ", "{bcrypt}hash", " Jane ", Role.CUSTOMER, NOW);

		assertThat(account.getEmail()).isEqualTo("jane.doe@example.com");
		assertThat(account.getName()).isEqualTo("Jane");
		assertThat(AggregateTestUtils.eventsOf(account).ofType(UserRegistered.class)).singleElement()
			.isEqualTo(new UserRegistered(account.getId(), "Jane", "jane.doe@example.com"));
	}

	@Test
	void wantsAPhoneNumberForTextMessages() {
		var account = Account.open("jane@example.com", "{bcrypt}hash", "Jane", Role.CUSTOMER, NOW);

		assertThatExceptionOfType(InvalidProfile.class)
			.isThrownBy(() -> account.changeContact("Jane", "jane@example.com", null, true, NOW));
		account.changeContact("Jane", "JANE@example.com", "+4915112345678", true, NOW);

		assertThat(AggregateTestUtils.eventsOf(account).ofType(UserContactChanged.class)).singleElement()
			.isEqualTo(
					new UserContactChanged(account.getId(), "Jane", "jane@example.com", "+4915112345678", true, NOW));
	}

	@Test
	void keepsAtMostTenAddresses() {
		var account = Account.open("jane@example.com", "{bcrypt}hash", "Jane", Role.CUSTOMER, NOW);
		for (int i = 0; i < Account.MAX_ADDRESSES; i++) {
			account.addAddress(address());
		}

		assertThatExceptionOfType(InvalidProfile.class).isThrownBy(() -> account.addAddress(address()));
	}

	@Test
	void refusesToChangeAnAddressItDoesNotKeep() {
		var account = Account.open("jane@example.com", "{bcrypt}hash", "Jane", Role.CUSTOMER, NOW);

		assertThatExceptionOfType(AddressNotFound.class).isThrownBy(() -> account.replaceAddress(address()));
		assertThatExceptionOfType(AddressNotFound.class).isThrownBy(() -> account.removeAddress(AddressId.random()));
	}

	@Test
	void erasesEverythingPersonalWhenDeletedAndCannotBeChangedAfterwards() {
		var account = Account.open("jane@example.com", "{bcrypt}hash", "Jane", Role.CUSTOMER, NOW);
		account.changeContact("Jane", "jane@example.com", "+4915112345678", true, NOW);
		account.addAddress(address());

		account.delete(NOW);

		var profile = account.profile();
		assertThat(profile.email()).isNull();
		assertThat(profile.phone()).isNull();
		assertThat(profile.addresses()).isEmpty();
		assertThat(profile.name()).isEqualTo("Deleted user");
		assertThat(account.getPasswordHash()).isNull();
		assertThat(AggregateTestUtils.eventsOf(account).ofType(UserDeleted.class)).singleElement()
			.isEqualTo(new UserDeleted(account.getId()));
		assertThatExceptionOfType(AccountNotFound.class)
			.isThrownBy(() -> account.changeContact("Jane", "jane@example.com", null, false, NOW));
		assertThatExceptionOfType(AccountNotFound.class).isThrownBy(() -> account.delete(NOW));
	}

	private static Address address() {
		return new AddressDetails("Jane Doe", "Hauptstr. 1", null, "10115", "Berlin", "DE")
			.toAddress(AddressId.random());
	}

}
