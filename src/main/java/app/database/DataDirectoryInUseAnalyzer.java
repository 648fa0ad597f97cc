package app.database;

import app.database.EmbeddedDatabase.DataDirectoryInUse;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a data directory held by another process into Boot's start-up failure report,
 * with what to do about it.
 */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
		return new FailureAnalysis(
				"The embedded PostgreSQL's data directory " + cause.directory + " is in use by another running Agora.",
				"Stop the other Agora, or give this one a data directory of its own with "
						+ "--agora.database.embedded.data-directory=<path>, or point it at a PostgreSQL server with "
						+ "SPRING_DATASOURCE_URL.",
				cause);
	}

}
