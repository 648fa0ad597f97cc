package app.recommendations.model;

import app.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * The read model is being rebuilt: a listener tries again later, a second rebuild is
 * refused.
 */
@Refusal(status = HttpStatus.CONFLICT, type = "rebuild-in-progress")
class RebuildInProgress extends RuntimeException {

	RebuildInProgress(String message) {
		super(message);
	}

}
