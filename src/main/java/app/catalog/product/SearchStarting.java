package app.catalog.product;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * The search index is not built yet: only in the moments before the shop reports ready,
 * which is when a load balancer starts sending it requests.
 */
@Refusal(status = HttpStatus.SERVICE_UNAVAILABLE, type = "search-starting")
class SearchStarting extends RuntimeException {

	SearchStarting() {
		super("Search is starting; try again in a few seconds");
	}

}
