package app.orders.order;

import java.util.List;
import java.util.UUID;

import app.orders.OrderId;
import app.orders.cart.ShoppingCart;
import app.users.CurrentUser;
import app.web.BrowserPages;
import app.web.CountryCode;
import app.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Checkout and the shopper's orders in the browser (ADR 0038). The order page follows the
 * saga as it moves: its status part asks again every second until the order is confirmed
 * or cancelled, so nobody reloads.
 */
@BrowserPages
class OrderPages {

	/** The sandbox's cards a shopper can pick, by what they do (app.payments.sandbox). */
	private static final List<Card> SANDBOX_CARDS = List.of(new Card("test-card-approved", "Test card: approved"),
			new Card("test-card-declined", "Test card: declined"),
			new Card("test-card-insufficient-funds", "Test card: insufficient funds"));

	private final Checkout checkout;

	private final OrderLifecycle lifecycle;

	private final OrderSearch search;

	private final ShoppingCart cart;

	OrderPages(Checkout checkout, OrderLifecycle lifecycle, OrderSearch search, ShoppingCart cart) {
		this.checkout = checkout;
		this.lifecycle = lifecycle;
		this.search = search;
		this.cart = cart;
	}

	record Card(String token, String label) {
	}

	/**
	 * What the checkout form sends. Its key is made when the form is shown, so that a
	 * second click or a resent form places the same order, never a second one.
	 */
	record CheckoutForm(@NotBlank @Size(max = 100) @PlainText String recipient,
			@NotBlank @Size(max = 200) @PlainText String line1, @Size(max = 200) @PlainText @Nullable String line2,
			@NotBlank @Size(max = 20) @PlainText String postalCode, @NotBlank @Size(max = 100) @PlainText String city,
			@NotBlank @CountryCode String country, @NotBlank @Pattern(regexp = "^\\S{1,200}$") String card,
			@NotBlank @Pattern(regexp = IdempotencyKey.PATTERN) String key) {

		@Override
		public String toString() {
			return "CheckoutForm[country=" + country + "]";
		}

		CheckoutRequest request() {
			return new CheckoutRequest(new ShippingAddress(recipient, line1, line2, postalCode, city, country), card);
		}

	}

	@GetMapping("/checkout")
	String checkoutForm(CurrentUser customer, Model model) {
		model.addAttribute("form",
				new CheckoutForm("", "", null, "", "", "", SANDBOX_CARDS.get(0).token(), UUID.randomUUID().toString()));
		return checkoutPage(customer, model);
	}

	@PostMapping("/checkout")
	String checkOut(CurrentUser customer, @Valid @ModelAttribute("form") CheckoutForm form, BindingResult errors,
			Model model) {
		if (errors.hasErrors()) {
			return checkoutPage(customer, model);
		}
		var placement = checkout.place(customer.id(), new IdempotencyKey(form.key()), form.request());
		return "redirect:/orders/" + placement.order().id();
	}

	@GetMapping("/orders")
	String orders(CurrentUser customer, Model model) {
		model.addAttribute("orders",
				search.find(OrderSearch.Filter.byCustomer(customer.id()), PageRequest.of(0, 50)).getContent());
		return "orders/orders";
	}

	@GetMapping("/orders/{id}")
	String order(@PathVariable OrderId id, CurrentUser caller, Model model) {
		model.addAttribute("order", lifecycle.view(id, caller));
		return "orders/order";
	}

	@GetMapping("/orders/{id}/status")
	String status(@PathVariable OrderId id, CurrentUser caller, Model model) {
		model.addAttribute("order", lifecycle.view(id, caller));
		return "orders/order :: status";
	}

	@PostMapping("/orders/{id}/cancellation")
	String cancel(@PathVariable OrderId id, CurrentUser caller) {
		lifecycle.cancel(id, caller);
		return "redirect:/orders/" + id;
	}

	private String checkoutPage(CurrentUser customer, Model model) {
		model.addAttribute("cart", cart.view(customer.id()));
		model.addAttribute("cards", SANDBOX_CARDS);
		return "orders/checkout";
	}

}
