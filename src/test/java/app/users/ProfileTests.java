package app.users;

import static app.users.Customers.PASSWORD;
import static app.users.Customers.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A customer keeps their own profile and addresses; nobody else's. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ProfileTests {

	private static final String ADDRESS = """
			{"recipient": "Jane Doe", "line1": "Hauptstr. 1", "postalCode": "10115", "city": "Berlin",
			 "country": "DE"}""";

	private final MockMvcTester mvc;

	ProfileTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void changesContactDetailsAndTellsOtherModules(PublishedEvents events) {
		var jane = Customers.newCustomer(mvc);
		var newEmail = "renamed-" + jane.email();

		var result = mvc.put()
			.uri("/api/users/me")
			.header("Authorization", jane.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Jane Q. Doe", "email": "%s", "phone": "+4915112345678", "smsNotifications": true}"""
				.formatted(newEmail.toUpperCase()))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.email").isEqualTo(newEmail);
		assertThat(events.ofType(UserContactChanged.class).matching(it -> it.userId().equals(jane.id())))
			.singleElement()
			.satisfies(changed -> {
				assertThat(changed.email()).isEqualTo(newEmail);
				assertThat(changed.phone()).isEqualTo("+4915112345678");
				assertThat(changed.smsNotifications()).isTrue();
			});
		assertThat(logIn(newEmail, PASSWORD)).as("logs in with the new address").hasStatusOk();
	}

	@Test
	void refusesInvalidContactDetailsAndAnEmailAddressAnotherAccountHas() {
		var jane = Customers.newCustomer(mvc);
		var john = Customers.newCustomer(mvc);

		var invalid = changeContact(jane, "", "not-an-email", "0151 123", true);
		var taken = changeContact(jane, "Jane", john.email(), null, false);
		var smsWithoutPhone = changeContact(jane, "Jane", jane.email(), null, true);

		assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("name", "email", "phone");
		assertThat(taken).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:email-taken");
		assertThat(smsWithoutPhone).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("smsNotifications");
	}

	@Test
	void keepsShippingAddressesForTheirOwnerOnly() {
		var jane = Customers.newCustomer(mvc);
		var john = Customers.newCustomer(mvc);

		var added = mvc.post()
			.uri("/api/users/me/addresses")
			.header("Authorization", jane.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ADDRESS)
			.exchange();
		assertThat(added).hasStatus(HttpStatus.CREATED).containsHeader("Location");
		var id = (String) JsonPath.read(body(added), "$.id");
		var location = added.getResponse().getHeader("Location");
		assertThat(mvc.get().uri(location).header("Authorization", jane.bearer())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.id")
			.isEqualTo(id);
		assertThat(mvc.get().uri(location).header("Authorization", john.bearer())).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(addresses(jane)).bodyJson().extractingPath("$[0].city").isEqualTo("Berlin");
		assertThat(addresses(john)).bodyJson().extractingPath("$").asArray().isEmpty();
		assertThat(mvc.put()
			.uri("/api/users/me/addresses/" + id)
			.header("Authorization", john.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ADDRESS)).as("another customer cannot change it").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.delete().uri("/api/users/me/addresses/" + id).header("Authorization", john.bearer()))
			.as("nor remove it")
			.hasStatus(HttpStatus.NOT_FOUND);

		var moved = mvc.put()
			.uri("/api/users/me/addresses/" + id)
			.header("Authorization", jane.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ADDRESS.replace("Berlin", "Hamburg"))
			.exchange();
		assertThat(moved).hasStatusOk().bodyJson().extractingPath("$.city").isEqualTo("Hamburg");
		assertThat(mvc.delete().uri("/api/users/me/addresses/" + id).header("Authorization", jane.bearer()))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(addresses(jane)).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	@Test
	void refusesAnAddressWithoutACountryCode() {
		var jane = Customers.newCustomer(mvc);

		var result = mvc.post()
			.uri("/api/users/me/addresses")
			.header("Authorization", jane.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ADDRESS.replace("\"DE\"", "\"Germany\""))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("country");
	}

	@Test
	void changesThePasswordOnlyWithTheCurrentOneAndEndsEverySession() {
		var jane = Customers.newCustomer(mvc);

		var wrong = changePassword(jane, "not my password at all", "an even longer new passphrase");
		var changed = changePassword(jane, PASSWORD, "an even longer new passphrase");

		assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(changed).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(refresh(jane.refreshToken())).as("the old session is over").hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(logIn(jane.email(), PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(logIn(jane.email(), "an even longer new passphrase")).hasStatusOk();
	}

	@Test
	void deletesAnAccountByErasingItsPersonalData(PublishedEvents events) {
		var jane = Customers.newCustomer(mvc);
		var admin = Customers.logIn(mvc, "admin@agora.test", "test-only-secret-9f2c");

		assertThat(mvc.delete().uri("/api/users/me").header("Authorization", jane.bearer()))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(events.ofType(UserDeleted.class).matching(it -> it.userId().equals(jane.id()))).hasSize(1);
		assertThat(logIn(jane.email(), PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(refresh(jane.refreshToken())).hasStatus(HttpStatus.UNAUTHORIZED);
		var remains = mvc.get().uri("/api/users/" + jane.id()).header("Authorization", admin.bearer()).exchange();
		assertThat(remains).hasStatusOk();
		assertThat(body(remains)).doesNotContain(jane.email()).contains("deletedAt");
		assertThat(mvc.get().uri("/api/users/me").header("Authorization", jane.bearer()))
			.as("a token issued before the deletion is refused")
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void letsAnAdministratorSeeAndDeleteAnyAccountButTheLastAdministrators(PublishedEvents events) {
		var john = Customers.newCustomer(mvc);
		var admin = Customers.logIn(mvc, "admin@agora.test", "test-only-secret-9f2c");

		assertThat(mvc.get().uri("/api/users?size=100").header("Authorization", admin.bearer())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.totalElements")
			.asNumber()
			.satisfies(total -> assertThat(total.intValue()).isGreaterThanOrEqualTo(2));
		assertThat(mvc.delete().uri("/api/users/" + john.id()).header("Authorization", admin.bearer()))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(events.ofType(UserDeleted.class).matching(it -> it.userId().equals(john.id()))).hasSize(1);

		assertThat(mvc.delete().uri("/api/users/me").header("Authorization", admin.bearer()))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:agora:problem:last-administrator");
	}

	private MvcTestResult changeContact(Customers.SignedIn user, String name, String email, String phone, boolean sms) {
		var phoneJson = phone == null ? "null" : "\"" + phone + "\"";
		return mvc.put()
			.uri("/api/users/me")
			.header("Authorization", user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "email": "%s", "phone": %s, "smsNotifications": %s}""".formatted(name, email,
					phoneJson, sms))
			.exchange();
	}

	private MvcTestResult changePassword(Customers.SignedIn user, String current, String next) {
		return mvc.put()
			.uri("/api/users/me/password")
			.header("Authorization", user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"currentPassword": "%s", "newPassword": "%s"}""".formatted(current, next))
			.exchange();
	}

	private MvcTestResult addresses(Customers.SignedIn user) {
		return mvc.get().uri("/api/users/me/addresses").header("Authorization", user.bearer()).exchange();
	}

	private MvcTestResult logIn(String email, String password) {
		return Customers.attemptLogIn(mvc, email, password);
	}

	private MvcTestResult refresh(String refreshToken) {
		return Customers.attemptRefresh(mvc, refreshToken);
	}

}
