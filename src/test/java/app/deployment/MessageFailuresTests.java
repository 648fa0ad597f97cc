package app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A message whose handling failed because the database could not be used is waited for,
 * not set aside: the message is not at fault, and its sender will not send it again.
 * Anything else goes to the dead-letter topic after its attempts.
 */
class MessageFailuresTests {

	@Test
	void aDatabaseThatCannotBeUsedIsWaitedFor() {
		assertThat(KafkaMessaging.databaseUnavailable(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("pool timed out"))))
			.isTrue();
		assertThat(KafkaMessaging
			.databaseUnavailable(new IllegalStateException("listener", new DataAccessResourceFailureException("gone"))))
			.isTrue();
	}

	@Test
	void anythingElseIsTheMessagesOwnFailure() {
		assertThat(KafkaMessaging.databaseUnavailable(new MessageNotUnderstood("not JSON"))).isFalse();
		assertThat(KafkaMessaging.databaseUnavailable(new IllegalArgumentException("amount must be positive")))
			.isFalse();
	}

}
