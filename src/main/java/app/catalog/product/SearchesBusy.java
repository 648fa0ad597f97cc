package app.catalog.product;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/** More searches are waiting their turn than may wait (ADR 0040). */
@Refusal(status = HttpStatus.SERVICE_UNAVAILABLE, type = "busy")
class SearchesBusy extends RuntimeException {

	static final String MESSAGE = "Too many searches are waiting their turn. Try again in a moment.";

	SearchesBusy() {
		super(MESSAGE);
	}

}
