package app.recommendations.model;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import app.catalog.ProductId;
import app.gateway.EndpointAccess;
import app.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import app.web.NeverNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recommendations over HTTP: what is bought together with a product, for everyone, and
 * what to suggest to the signed-in customer. Both follow the orders a few moments after
 * they are confirmed.
 */
@RestController
@RequestMapping("/api/recommendations")
@Tag(name = "Recommendations")
class RecommendationController {

	private final Recommendations recommendations;

	RecommendationController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	/** Recommended products, best first. */
	record RecommendedProducts(List<Recommendation> recommendations) {
	}

	@GetMapping("/products/{id}")
	@Operation(operationId = "boughtTogether", summary = "Frequently bought together with a product",
			description = "The products on sale that paid orders bought together with this one, the most often first "
					+ "(ties: the more popular first). Never the product itself. Empty for a product no order "
					+ "bought, including a product the shop does not know.")
	@NeverNotFound
	RecommendedProducts boughtWith(@PathVariable ProductId id,
			@Parameter(description = "How many at most") @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit) {
		return new RecommendedProducts(recommendations.boughtWith(id, limit));
	}

	@GetMapping("/me")
	@Operation(operationId = "recommendedForMe", summary = "Recommended for you",
			description = "Products on sale that others bought together with what you bought, and that you have "
					+ "not bought; then, up to the limit, the most popular products you have not bought. Before "
					+ "your first paid order, the most popular products.",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	RecommendedProducts forMe(CurrentUser customer,
			@Parameter(description = "How many at most") @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit) {
		return new RecommendedProducts(recommendations.forCustomer(customer.id(), limit));
	}

}
