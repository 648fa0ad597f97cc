package app.recommendations.model;

import app.gateway.EndpointAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the recommendations, for the shop's administrators. */
@RestController
@RequestMapping("/api/recommendations")
@Tag(name = "Recommendations: administration")
@SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN)
class RebuildController {

	private final ModelRebuild rebuild;

	RebuildController(ModelRebuild rebuild) {
		this.rebuild = rebuild;
	}

	/**
	 * What a rebuild did.
	 *
	 * @param orders the fulfilled orders counted
	 * @param products the products read back from the catalog
	 * @param durationMillis how long it took
	 */
	record RebuildResult(int orders, int products, long durationMillis) {
	}

	@PostMapping("/rebuild")
	@Operation(operationId = "rebuildRecommendations", summary = "Rebuild the recommendations from the orders' history",
			description = "Forgets every count and counts every confirmed, shipped or delivered order again, reading "
					+ "their products back from the catalog. Recommendations keep answering from the old counts "
					+ "until the new ones are complete; orders confirmed meanwhile are counted once.")
	@ApiResponse(responseCode = "200", description = "Rebuilt")
	@ApiResponse(responseCode = "409", description = "Another rebuild is running")
	RebuildResult rebuild() {
		var report = rebuild.rebuild();
		return new RebuildResult(report.orders(), report.products(), report.duration().toMillis());
	}

}
