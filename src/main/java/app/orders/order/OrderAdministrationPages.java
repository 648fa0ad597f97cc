package app.orders.order;

import java.util.Arrays;

import app.orders.OrderId;
import app.web.BrowserPages;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's orders (ADR 0038): every order, filtered by status; shipping and
 * delivering.
 */
@BrowserPages
class OrderAdministrationPages {

	private static final int PAGE_SIZE = 50;

	private final OrderSearch search;

	private final OrderLifecycle lifecycle;

	OrderAdministrationPages(OrderSearch search, OrderLifecycle lifecycle) {
		this.search = search;
		this.lifecycle = lifecycle;
	}

	@GetMapping("/admin/orders")
	String orders(@RequestParam(required = false) @Nullable OrderStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
		var found = search.find(new OrderSearch.Filter(status, null, null, null), PageRequest.of(page, PAGE_SIZE));
		model.addAttribute("orders", found);
		model.addAttribute("status", status);
		model.addAttribute("statuses", Arrays.asList(OrderStatus.values()));
		return "orders/admin-orders";
	}

	@PostMapping("/admin/orders/{id}/shipment")
	String ship(@PathVariable OrderId id, RedirectAttributes next) {
		lifecycle.ship(id);
		next.addFlashAttribute("done", "Order %s is shipped.".formatted(id));
		return "redirect:/admin/orders";
	}

	@PostMapping("/admin/orders/{id}/delivery")
	String deliver(@PathVariable OrderId id, RedirectAttributes next) {
		lifecycle.deliver(id);
		next.addFlashAttribute("done", "Order %s is delivered.".formatted(id));
		return "redirect:/admin/orders";
	}

}
