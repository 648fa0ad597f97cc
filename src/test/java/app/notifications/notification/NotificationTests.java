package app.notifications.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import app.users.UserId;
import org.junit.jupiter.api.Test;

/** A notification's life, and the backoff between its attempts. */
class NotificationTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	static final DispatchPolicy POLICY = new DispatchPolicy(Duration.ofSeconds(1), 50, 4, Duration.ofSeconds(30),
			Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofDays(7));

	final Notification due = Notification.due("order-confirmed:1", Channel.EMAIL, Template.ORDER_CONFIRMED,
			UserId.random(), Facts.NONE, NOW);

	@Test
	void isDueAtOnceWhenRecorded() {
		assertThat(due.status()).isEqualTo(Status.PENDING);
		assertThat(due.attempts()).isZero();
		assertThat(due.nextAttemptAt()).isEqualTo(NOW);
	}

	@Test
	void recordsWhereItWentOnceSent() {
		var sent = due.sent("jane@example.com", NOW.plusSeconds(1));

		assertThat(sent.status()).isEqualTo(Status.SENT);
		assertThat(sent.recipient()).isEqualTo("jane@example.com");
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(1));
	}

	@Test
	void waitsLongerAfterEachFailureAndFailsForGoodAfterTheLastAttempt() {
		var first = due.failed("connection refused", NOW, POLICY);
		var second = first.failed("connection refused", NOW, POLICY);
		var third = second.failed("connection refused", NOW, POLICY);
		var fourth = third.failed("still refused", NOW, POLICY);

		assertThat(first.status()).isEqualTo(Status.PENDING);
		assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
		assertThat(second.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(third.nextAttemptAt()).as("capped").isEqualTo(NOW.plusSeconds(60));
		assertThat(third.detail()).isEqualTo("connection refused");
		assertThat(fourth.status()).isEqualTo(Status.FAILED);
		assertThat(fourth.attempts()).isEqualTo(4);
		assertThat(fourth.detail()).isEqualTo("still refused");
		assertThat(fourth.isFailed()).isTrue();
	}

	@Test
	void doublesTheDelayUpToTheLongest() {
		var policy = new DispatchPolicy(Duration.ofSeconds(1), 50, 30, Duration.ofSeconds(30), Duration.ofHours(1),
				Duration.ofMinutes(5), Duration.ofDays(7));

		assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
		assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
		assertThat(policy.delayAfter(29)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void isRetriedWithAllItsAttemptsOnlyOnceFailed() {
		var failed = due.failed("a", NOW, POLICY)
			.failed("b", NOW, POLICY)
			.failed("c", NOW, POLICY)
			.failed("d", NOW, POLICY);

		var retried = failed.retried(NOW.plusSeconds(600));

		assertThat(retried.status()).isEqualTo(Status.PENDING);
		assertThat(retried.attempts()).isZero();
		assertThat(retried.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
		assertThatExceptionOfType(NotRetryable.class).isThrownBy(() -> due.retried(NOW));
		assertThatExceptionOfType(NotRetryable.class).isThrownBy(() -> due.sent("jane@example.com", NOW).retried(NOW));
	}

	@Test
	void isSkippedWithTheReason() {
		var skipped = due.skipped(Dispatcher.DELETED);

		assertThat(skipped.status()).isEqualTo(Status.SKIPPED);
		assertThat(skipped.detail()).isEqualTo(Dispatcher.DELETED);
		assertThat(skipped.attempts()).isZero();
	}

	@Test
	void isNeverSentOnAChannelItsTemplateDoesNotUse() {
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.due("user-registered:1", Channel.SMS,
				Template.WELCOME, UserId.random(), Facts.NONE, NOW));
	}

	@Test
	void goesToTheAddressOfItsChannelOnlyIfTheCustomerWantsIt() {
		var user = UUID.randomUUID();
		var optedIn = new Contact(user, "Jane", "jane@example.com", "+4915112345678", true, false);
		var optedOut = new Contact(user, "Jane", "jane@example.com", "+4915112345678", false, false);
		var erased = new Contact(user, null, null, null, false, true);

		assertThat(optedIn.address(Channel.EMAIL)).isEqualTo("jane@example.com");
		assertThat(optedIn.address(Channel.SMS)).isEqualTo("+4915112345678");
		assertThat(optedOut.address(Channel.SMS)).isNull();
		assertThat(erased.address(Channel.EMAIL)).isNull();
	}

}
