package app.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the tests ask of the event publication registry's table. */
public final class Publications {

	private Publications() {
	}

	/** Publications not completed yet: waiting, under way, or failed. */
	public static int incomplete(JdbcClient jdbc) {
		return jdbc.sql("SELECT count(*) FROM event_publication.event_publication WHERE completion_date IS NULL")
			.query(Integer.class)
			.single();
	}

}
