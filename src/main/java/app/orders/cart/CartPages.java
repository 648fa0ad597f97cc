package app.orders.cart;

import app.catalog.Sku;
import app.users.CurrentUser;
import app.web.BrowserPages;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shopper's cart in the browser (ADR 0038). A change of quantity or a removal from
 * the cart page answers just the cart, which htmx swaps in with its new totals; without
 * script, the same forms reload the page.
 */
@BrowserPages
class CartPages {

	private static final int MAX_QUANTITY = 1000;

	/** Sent by htmx with every request it makes. */
	private static final String HTMX = "HX-Request";

	private final ShoppingCart cart;

	CartPages(ShoppingCart cart) {
		this.cart = cart;
	}

	@GetMapping("/cart")
	String cart(CurrentUser customer, Model model) {
		model.addAttribute("cart", cart.view(customer.id()));
		return "orders/cart";
	}

	@PostMapping("/cart/lines")
	String add(CurrentUser customer, @RequestParam Sku sku,
			@RequestParam(defaultValue = "1") @Min(1) @Max(MAX_QUANTITY) int quantity, RedirectAttributes next) {
		cart.add(customer.id(), sku, quantity);
		next.addFlashAttribute("added", sku.value());
		return "redirect:/cart";
	}

	@PostMapping("/cart/lines/{sku}")
	String change(CurrentUser customer, @PathVariable Sku sku, @RequestParam @Min(1) @Max(MAX_QUANTITY) int quantity,
			@RequestHeader(name = HTMX, required = false) boolean htmx, Model model) {
		return answer(cart.change(customer.id(), sku, quantity), htmx, model);
	}

	@PostMapping("/cart/lines/{sku}/removal")
	String remove(CurrentUser customer, @PathVariable Sku sku,
			@RequestHeader(name = HTMX, required = false) boolean htmx, Model model) {
		return answer(cart.remove(customer.id(), sku), htmx, model);
	}

	private static String answer(CartView changed, boolean htmx, Model model) {
		if (!htmx) {
			return "redirect:/cart";
		}
		model.addAttribute("cart", changed);
		return "orders/cart :: cart";
	}

}
