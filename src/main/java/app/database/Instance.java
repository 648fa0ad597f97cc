package app.database;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * This run of Agora among all that share its database: a name no other run has, carried
 * by every database session of this run as its {@code application_name}. PostgreSQL thus
 * knows which instances are alive (they have sessions in {@code pg_stat_activity}) and,
 * through the event publication registry's triggers, which one took each publication.
 *
 * @param name {@code agora-} and 12 random hex digits, new at every start
 */
record Instance(String name) {

	static Instance started() {
		var bytes = new byte[6];
		ThreadLocalRandom.current().nextBytes(bytes);
		return new Instance("agora-" + HexFormat.of().formatHex(bytes));
	}

}
