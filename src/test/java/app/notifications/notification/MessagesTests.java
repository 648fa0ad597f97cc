package app.notifications.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import app.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The templates, rendered as customers read them: every line of the order with its
 * quantity, unit price and total, the order's total, and nothing a product name could
 * smuggle into the HTML.
 */
class MessagesTests {

	static final Contact JANE = new Contact(UUID.randomUUID(), "Jane Doe", "jane@example.com", "+4915112345678", true,
			false);

	static final UUID ORDER = UUID.randomUUID();

	static final Facts TWO_LINES = new Facts(ORDER,
			List.of(new Facts.Line("Trail Nine Running Shoes", 2, Money.of("129.90", "EUR"), Money.of("259.80", "EUR")),
					new Facts.Line("Socks", 1, Money.of("9.95", "EUR"), Money.of("9.95", "EUR"))),
			Money.of("269.75", "EUR"), "The payment did not go through.", "PAYMENT_DECLINED");

	final Messages messages = new Messages();

	@Test
	void rendersTheOrderLinesAndTotalInBothPartsOfTheConfirmation() {
		var email = messages.email(Template.ORDER_CONFIRMED, JANE, TWO_LINES);

		assertThat(email.subject()).isEqualTo("Your order is confirmed");
		assertThat(email.text()).startsWith("Hello Jane Doe,")
			.contains("  2 x Trail Nine Running Shoes, 129.90 EUR each: 259.80 EUR\n")
			.contains("  1 x Socks, 9.95 EUR each: 9.95 EUR\n")
			.contains("  Total: 269.75 EUR")
			.contains("Order number: " + ORDER);
		assertThat(email.html()).contains("<title>Your order is confirmed</title>")
			.contains(">Trail Nine Running Shoes</td>")
			.contains(">129.90 EUR</td>")
			.contains(">259.80 EUR</td>")
			.contains(">Socks</td>")
			.contains("269.75 EUR")
			.contains(ORDER.toString());
	}

	@Test
	void escapesWhatItShowsInHtml() {
		var contact = new Contact(UUID.randomUUID(), "<script>alert(1)</script>", "x@example.com", null, false, false);
		var facts = new Facts(ORDER,
				List.of(new Facts.Line("Tom & Jerry <b>DVD</b>", 1, Money.of("5.00", "EUR"), Money.of("5.00", "EUR"))),
				Money.of("5.00", "EUR"), null, null);

		var email = messages.email(Template.ORDER_SHIPPED, contact, facts);

		assertThat(email.html()).contains("Tom &amp; Jerry &lt;b&gt;DVD&lt;/b&gt;")
			.contains("&lt;script&gt;")
			.doesNotContain("<b>DVD")
			.doesNotContain("<script>");
		assertThat(email.text()).contains("1 x Tom & Jerry <b>DVD</b>");
	}

	@Test
	void tellsWhyAnOrderWasCancelled() {
		var email = messages.email(Template.ORDER_CANCELLED, JANE, TWO_LINES);

		assertThat(email.text()).contains("your order was cancelled: The payment did not go through.")
			.contains("Its items are back on sale");
		assertThat(email.html()).contains("The payment did not go through.").contains("Its items are back on sale");
		assertThat(messages.sms(Template.ORDER_CANCELLED, JANE, TWO_LINES))
			.isEqualTo("Agora: your order " + ORDER + " was cancelled: The payment did not go through.");
	}

	@Test
	void saysNothingWasHeldOrChargedForAnOrderWhoseStockCouldNotBeReserved() {
		var rejected = new Facts(ORDER, TWO_LINES.lines(), TWO_LINES.total(), "Not enough Socks in stock.",
				"STOCK_REJECTED");

		var email = messages.email(Template.ORDER_CANCELLED, JANE, rejected);

		assertThat(email.text()).contains("nothing was held for it and\nnothing was charged")
			.doesNotContain("back on sale");
		assertThat(email.html()).contains("nothing was held for it").doesNotContain("back on sale");
	}

	@Test
	void showsTheNewContactDetails() {
		var email = messages.email(Template.CONTACT_CHANGED, JANE, Facts.NONE);

		assertThat(email.text()).contains("Email: jane@example.com")
			.contains("Phone: +4915112345678")
			.contains("Order news by text message: yes");
		var withoutPhone = new Contact(JANE.userId(), "Jane Doe", "jane@example.com", null, false, false);
		assertThat(messages.email(Template.CONTACT_CHANGED, withoutPhone, Facts.NONE).html())
			.contains("Phone: <span>none</span>")
			.contains("text message: <span>no</span>");
	}

	@Test
	void saysHowMuchWasRefunded() {
		var facts = Facts.refund(ORDER, Money.of("269.75", "EUR"));

		assertThat(messages.email(Template.PAYMENT_REFUNDED, JANE, facts).text())
			.contains("we refunded 269.75 EUR to your card, for your order " + ORDER);
		assertThat(messages.sms(Template.PAYMENT_REFUNDED, JANE, facts))
			.isEqualTo("Agora: we refunded 269.75 EUR to your card for your order " + ORDER + ".");
	}

	@ParameterizedTest
	@EnumSource(Template.class)
	void rendersEveryTemplateOnEachOfItsChannels(Template template) {
		var email = messages.email(template, JANE, TWO_LINES);

		assertThat(email.text()).startsWith("Hello Jane Doe,").endsWith("Agora\n").doesNotContain("[(", "${");
		assertThat(email.html()).contains("Hello <span>Jane Doe</span>,").doesNotContain("th:", "${");
		if (template.channels().contains(Channel.SMS)) {
			assertThat(messages.sms(template, JANE, TWO_LINES)).startsWith("Agora: ")
				.contains(ORDER.toString())
				.hasSizeLessThan(200);
		}
	}

}
