package app.orders.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a customer sends to check out their cart; the lines and prices come from the
 * server's cart and catalog, never from the client.
 *
 * @param paymentToken the card to pay with, as the payment gateway tokenised it; without
 * it the order waits for {@code POST /api/orders/{id}/payment}
 */
record CheckoutRequest(@NotNull @Valid ShippingAddress shippingAddress,
		@Schema(description = "The card to pay with, as the payment gateway tokenised it. The sandbox gateway's test "
				+ "cards: test-card-approved, test-card-declined, test-card-insufficient-funds, test-card-timeout, "
				+ "test-card-charged-then-timeout. " + "Without it, the order waits for POST /api/orders/{id}/payment.",
				example = "test-card-approved") @Size(min = 1, max = 200) @Pattern(regexp = "^\\S+$",
						message = "must not contain blanks") @Nullable String paymentToken) {

	@Override
	public String toString() {
		return "CheckoutRequest[shippingAddress=" + shippingAddress + "]";
	}

	/**
	 * The same for the same request, different for any other: what a repeated idempotency
	 * key is compared by.
	 */
	String fingerprint() {
		var address = shippingAddress.normalized();
		// Spelled out rather than serialized, so that no library upgrade changes it (a
		// retry across an upgrade must still match), and each field prefixed with its
		// length, so that no two requests read the same.
		var canonical = new StringBuilder();
		for (var field : new String[] { address.recipient(), address.line1(),
				Objects.requireNonNullElse(address.line2(), ""), address.postalCode(), address.city(),
				address.country(), Objects.requireNonNullElse(paymentToken, "") }) {
			canonical.append(field.length()).append(':').append(field);
		}
		try {
			var digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
