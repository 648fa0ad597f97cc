package app.recommendations.model;

import app.catalog.ProductId;
import app.users.CurrentUser;
import app.web.BrowserPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The recommendations' parts of the storefront's pages (ADR 0038), each a fragment the
 * catalog's pages load: popular products, or what a signed-in shopper may like, and what
 * was bought together with a product.
 */
@BrowserPages
class RecommendationPages {

	private static final int SHOWN = 4;

	private final Recommendations recommendations;

	RecommendationPages(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/recommendations/popular")
	String popular(Model model) {
		model.addAttribute("recommendations", recommendations.popular(SHOWN));
		return "recommendations/list";
	}

	@GetMapping("/recommendations/for-me")
	String forMe(CurrentUser customer, Model model) {
		model.addAttribute("recommendations", recommendations.forCustomer(customer.id(), SHOWN));
		return "recommendations/list";
	}

	@GetMapping("/recommendations/bought-with/{id}")
	String boughtWith(@PathVariable ProductId id, Model model) {
		model.addAttribute("recommendations", recommendations.boughtWith(id, SHOWN));
		return "recommendations/list";
	}

}
