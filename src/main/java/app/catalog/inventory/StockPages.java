package app.catalog.inventory;

import app.catalog.Sku;
import app.web.BrowserPages;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A stock count in the back office (ADR 0038), sent from a product's page: the units of a
 * SKU on hand now, as the administrators' API records it.
 */
@BrowserPages
class StockPages {

	private final Inventory inventory;

	StockPages(Inventory inventory) {
		this.inventory = inventory;
	}

	@PostMapping("/admin/stock/{sku}")
	String count(@PathVariable Sku sku, @RequestParam @Min(0) @Max(1_000_000_000) int onHand, RedirectAttributes next) {
		var level = inventory.count(sku, onHand);
		next.addFlashAttribute("done", "Counted %d on hand for %s.".formatted(onHand, sku));
		return "redirect:/admin/products/" + level.productId();
	}

}
