package app.recommendations.model;

/**
 * The read model is being rebuilt: a listener tries again later, a second rebuild is
 * refused.
 */
class RebuildInProgress extends RuntimeException {

	RebuildInProgress(String message) {
		super(message);
	}

}
