package app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import app.orders.Shop;
import app.users.Customers.SignedIn;
import app.users.UserId;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.springframework.web.util.UriUtils;

/**
 * What the shop notified, read over HTTP as an administrator does, for tests: the
 * notifications of a customer, and the dev mailbox.
 */
public final class Outbox {

	private final Shop shop;

	private final SignedIn admin;

	public Outbox(Shop shop) {
		this.shop = shop;
		this.admin = shop.admin();
	}

	/** The customer's notifications, newest first, as JSON objects. */
	public List<Map<String, Object>> notifications(UserId customer) {
		var answer = shop.get(admin, "/api/notifications?size=100&customer=" + customer);
		assertThat(answer).hasStatusOk();
		return JsonPath.read(Shop.body(answer), "$.content");
	}

	/**
	 * The customer's notification of the template on the channel, once it has the status.
	 */
	public Map<String, Object> await(UserId customer, String template, String channel, String status) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> find(customer, template, channel), it -> it != null && status.equals(it.get("status")));
	}

	public Map<String, Object> find(UserId customer, String template, String channel) {
		return notifications(customer).stream()
			.filter(it -> template.equals(it.get("template")) && channel.equals(it.get("channel")))
			.findFirst()
			.orElse(null);
	}

	/** The emails in the dev mailbox to the address, newest first, as JSON objects. */
	public List<Map<String, Object>> mailbox(String address) {
		var answer = shop.get(admin,
				"/api/notifications/outbox?size=100&to=" + UriUtils.encodeQueryParam(address, "UTF-8"));
		assertThat(answer).hasStatusOk();
		return JsonPath.read(Shop.body(answer), "$.content");
	}

	/** The first email to the address whose subject matches, once it is there. */
	public Map<String, Object> awaitEmail(String address, Predicate<String> subject) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> mailbox(address).stream()
				.filter(it -> subject.test((String) it.get("subject")))
				.findFirst()
				.orElse(null), it -> it != null);
	}

}
