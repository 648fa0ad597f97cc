package app.notifications.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import app.Concurrently;
import app.users.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Several instances dispatching at once: each due notification is taken by exactly one of
 * them, and not again until its send timeout is over.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsConcurrencyTests {

	private final Notifications notifications;

	private final Contacts contacts;

	NotificationsConcurrencyTests(Notifications notifications, Contacts contacts) {
		this.notifications = notifications;
		this.contacts = contacts;
	}

	@Test
	void handsEachDueNotificationToOneDispatcherOnly() throws Exception {
		// Due in a day, so that the application's own dispatcher leaves them alone.
		var tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
		var customer = UserId.random();
		contacts.registered(customer, "Jane", "jane-" + customer + "@example.com");
		int recorded = 0;
		for (int i = 0; i < 20; i++) {
			recorded += notifications.record(Template.ORDER_SHIPPED, "order-shipped:" + customer + "-" + i, customer,
					Facts.NONE, tomorrow);
		}

		var taken = Concurrently.run(Collections.nCopies(4, (Callable<List<NotificationId>>) () -> {
			var mine = new ArrayList<NotificationId>();
			while (true) {
				var next = notifications.takeNextDue(EnumSet.allOf(Channel.class), tomorrow, Duration.ofMinutes(5));
				if (next.isEmpty()) {
					return mine;
				}
				mine.add(next.get().id());
			}
		}));

		var all = taken.stream().flatMap(List::stream).toList();
		assertThat(recorded).isEqualTo(40);
		assertThat(all).hasSize(40).doesNotHaveDuplicates();
		assertThat(notifications.takeNextDue(EnumSet.allOf(Channel.class), tomorrow.plusSeconds(299),
				Duration.ofMinutes(5)))
			.as("taken until the send timeout is over")
			.isEmpty();
		assertThat(notifications.takeNextDue(EnumSet.of(Channel.SMS), tomorrow.plusSeconds(300), Duration.ofMinutes(5)))
			.as("due again after it")
			.hasValueSatisfying(it -> assertThat(it.channel()).isEqualTo(Channel.SMS));
	}

}
