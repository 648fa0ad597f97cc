package app.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What makes two checkout requests the same, for their idempotency key. */
class CheckoutRequestTests {

	static final ShippingAddress ADDRESS = new ShippingAddress("Jane Doe", "Main Street 1", null, "10115", "Berlin",
			"DE");

	@Test
	void readsTheSameRequestTheSameWhateverItsBlanks() {
		var padded = new ShippingAddress(" Jane Doe ", "Main Street 1 ", "  ", " 10115", "Berlin\t", "DE");

		assertThat(new CheckoutRequest(padded, "card").fingerprint())
			.isEqualTo(new CheckoutRequest(ADDRESS, "card").fingerprint());
	}

	@Test
	void tellsRequestsApartByAnyField() {
		var original = new CheckoutRequest(ADDRESS, "card").fingerprint();

		assertThat(new CheckoutRequest(ADDRESS, "other-card").fingerprint()).isNotEqualTo(original);
		assertThat(new CheckoutRequest(ADDRESS, null).fingerprint()).isNotEqualTo(original);
		assertThat(
				new CheckoutRequest(new ShippingAddress("Jane Doe", "Main Street 1", "Flat 2", "10115", "Berlin", "DE"),
						"card")
					.fingerprint())
			.isNotEqualTo(original);
		assertThat(new CheckoutRequest(new ShippingAddress("Jane Doe", "Main Street 1", null, "10115", "Berlin", "AT"),
				"card")
			.fingerprint()).isNotEqualTo(original);
	}

	@Test
	void doesNotConfuseTextMovedFromOneFieldToTheNext() {
		var one = new ShippingAddress("Jane Do", "eMain Street 1", null, "10115", "Berlin", "DE");
		var other = new ShippingAddress("Jane Doe", "Main Street 1", null, "10115", "Berlin", "DE");

		assertThat(new CheckoutRequest(one, "card").fingerprint())
			.isNotEqualTo(new CheckoutRequest(other, "card").fingerprint());
	}

}
