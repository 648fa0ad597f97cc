package app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Which incomplete publications are taken from whom: those of an instance without a
 * session for two check intervals, and this instance's own after an outage; never those
 * of an instance that is alive. The registry's triggers note the instance of every row.
 */
@ApplicationModuleTest
class OrphanedPublicationsTests {

	static final Duration INTERVAL = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final Instance instance;

	private final DataSource dataSource;

	private final List<ResubmissionOptions> resubmitted = new ArrayList<>();

	private final MovingClock clock = new MovingClock(Instant.now());

	private final OrphanedPublications orphans;

	OrphanedPublicationsTests(JdbcClient jdbc, Instance instance, DataSource dataSource) {
		this.jdbc = jdbc;
		this.instance = instance;
		this.dataSource = dataSource;
		var settings = new EventPublicationSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofHours(1),
				100, INTERVAL);
		this.orphans = new OrphanedPublications(jdbc,
				new FailedPublicationResubmission(resubmitted::add, settings, clock, dataSource), instance, settings,
				clock);
	}

	@Test
	void notesWhichInstancePublishedAndWhichTookAPublication() throws Exception {
		var id = publication();
		assertThat(instanceOf(id)).isEqualTo(instance.name());

		try (var other = session("agora-other")) {
			other.createStatement()
				.executeUpdate(
						"UPDATE event_publication.event_publication SET status = 'PROCESSING' WHERE id = '" + id + "'");
		}

		assertThat(instanceOf(id)).isEqualTo("agora-other");
	}

	@Test
	void resumesThePublicationsOfAnInstanceWithoutASessionForTwoIntervals() {
		var left = publication();
		takenBy(left, "agora-gone-" + UUID.randomUUID());

		orphans.resume();
		clock.move(INTERVAL);
		orphans.resume();
		assertThat(statusOf(left)).as("absent for one interval: maybe reconnecting").isEqualTo("PROCESSING");
		clock.move(INTERVAL);
		orphans.resume();

		assertThat(statusOf(left)).isEqualTo("FAILED");
		assertThat(resubmitted).last().satisfies(options -> {
			assertThat(options.getFilter().test(withId(left))).isTrue();
			assertThat(options.getFilter().test(withId(UUID.randomUUID()))).isFalse();
		});
	}

	@Test
	void leavesThePublicationsOfAnInstanceThatIsAlive() throws Exception {
		var alive = "agora-alive-" + UUID.randomUUID();
		var working = publication();
		takenBy(working, alive);

		try (var session = session(alive)) {
			for (int i = 0; i < 4; i++) {
				orphans.resume();
				clock.move(INTERVAL);
			}
		}

		assertThat(statusOf(working)).isEqualTo("PROCESSING");
	}

	@Test
	void takesItsOwnWorkOnlyAfterAnOutageStrandedIt() {
		var own = publication();
		takenBy(own, instance.name());

		for (int i = 0; i < 3; i++) {
			orphans.resume();
			clock.move(INTERVAL);
		}
		assertThat(statusOf(own)).isEqualTo("PROCESSING");

		orphans.checkFailed(Instant.now().plusSeconds(1));
		orphans.resume();

		assertThat(statusOf(own)).isEqualTo("FAILED");
		assertThat(resubmitted).anySatisfy(options -> assertThat(options.getFilter().test(withId(own))).isTrue());
	}

	private UUID publication() {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO event_publication.event_publication
				  (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts,
				   last_resubmission_date)
				VALUES (?, 'test.Listener.on(test.Event)', 'test.Event', '{}', ?, 'PUBLISHED', 1, NULL)""")
			.params(id, Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	/**
	 * As the instance's listener marks it processing: the trigger notes this test's own
	 * session, which the second update replaces with the instance's name.
	 */
	private void takenBy(UUID publication, String name) {
		jdbc.sql("UPDATE event_publication.event_publication SET status = 'PROCESSING' WHERE id = ?")
			.param(publication)
			.update();
		jdbc.sql("UPDATE event_publication.event_publication SET instance = ? WHERE id = ?")
			.params(name, publication)
			.update();
	}

	private String instanceOf(UUID publication) {
		return jdbc.sql("SELECT instance FROM event_publication.event_publication WHERE id = ?")
			.param(publication)
			.query(String.class)
			.single();
	}

	private String statusOf(UUID publication) {
		return jdbc.sql("SELECT status FROM event_publication.event_publication WHERE id = ?")
			.param(publication)
			.query(String.class)
			.single();
	}

	/** A session of another instance, named as instances name theirs. */
	private Connection session(String name) throws Exception {
		var pool = dataSource.unwrap(HikariDataSource.class);
		var properties = new Properties();
		properties.setProperty("user", pool.getUsername());
		properties.setProperty("ApplicationName", name);
		return DriverManager.getConnection(pool.getJdbcUrl(), properties);
	}

	/** A publication of that id, published just now: not due by its backoff. */
	private EventPublication withId(UUID id) {
		var publication = mock(EventPublication.class);
		when(publication.getIdentifier()).thenReturn(id);
		when(publication.getPublicationDate()).thenReturn(clock.instant());
		when(publication.getCompletionAttempts()).thenReturn(1);
		return publication;
	}

	/** A clock the test moves on. */
	static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
