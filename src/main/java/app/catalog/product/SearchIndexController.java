package app.catalog.product;

import app.gateway.EndpointAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * This instance's search index for administrators: how it stands against the catalog, and
 * a rebuild from the catalog's tables on demand.
 */
@RestController
@RequestMapping("/api/catalog/search-index")
@Tag(name = "Catalog: products")
class SearchIndexController {

	private final SearchIndexFeed feed;

	SearchIndexController(SearchIndexFeed feed) {
		this.feed = feed;
	}

	@GetMapping
	@Operation(operationId = "getSearchIndex",
			summary = "How this instance's search index stands against the catalog's tables",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN))
	SearchIndexStatus status() {
		return feed.status();
	}

	@PostMapping("/rebuild")
	@Operation(operationId = "rebuildSearchIndex",
			summary = "Rebuild this instance's search index from the catalog's tables",
			description = "In the background: searches go on with the index as it was until the new one is "
					+ "complete. Progress is in the log; the status says when it is done.",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN))
	@ApiResponse(responseCode = "202", description = "Started, or already running")
	ResponseEntity<SearchIndexStatus> rebuild() {
		feed.rebuild();
		return ResponseEntity.accepted().body(feed.status());
	}

}
