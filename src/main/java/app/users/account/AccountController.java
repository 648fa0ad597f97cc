package app.users.account;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import app.gateway.EndpointAccess;
import app.users.CurrentUser;
import app.web.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration, and the signed-in user's own profile, password and addresses. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users: your account")
class AccountController {

	static final String E164 = "^\\+[1-9][0-9]{6,14}$";

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	record Registration(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Schema(format = "password", minLength = PasswordPolicy.MIN_LENGTH,
					maxLength = PasswordPolicy.MAX_BYTES, description = PasswordPolicy.DESCRIPTION) String password,
			@NotBlank @Size(max = 100) @PlainText String name) {

		@Override
		public String toString() {
			return "Registration[]";
		}

	}

	record Accepted(String detail) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "register", summary = "Open a customer account",
			description = "Answers the same whether or not the email address already has an account, so that nobody "
					+ "can find out who shops here. Then log in with POST /api/users/login.")
	Accepted register(@Valid @RequestBody Registration registration) {
		try {
			accounts.register(registration.email(), registration.password(), registration.name());
		}
		catch (DuplicateKeyException ex) {
			// The same address registered at the same moment: the same answer as for any
			// existing account.
		}
		return new Accepted("If this email address had no account, it has one now: log in with it.");
	}

	@GetMapping("/me")
	@Operation(operationId = "getMyProfile", summary = "Your profile",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	Profile me(CurrentUser user) {
		return accounts.profile(user.id());
	}

	record ContactDetails(@NotBlank @Size(max = 100) @PlainText String name,
			@NotBlank @Email @Size(max = 254) String email,
			@Pattern(regexp = E164,
					message = "must be in international form, such as +4915112345678") @Nullable String phone,
			@NotNull Boolean smsNotifications) {

		// No personal data: Spring MVC logs bodies by their toString() at debug level
		// (LogPrivacyTests).
		@Override
		public String toString() {
			return "ContactDetails[]";
		}

	}

	@PutMapping("/me")
	@Operation(operationId = "changeContact",
			summary = "Change your name, email address, phone number and notification choice",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "409", description = "Another account uses the email address")
	Profile changeContact(CurrentUser user, @Valid @RequestBody ContactDetails details) {
		return accounts.changeContact(user.id(), details.name(), details.email(), details.phone(),
				details.smsNotifications());
	}

	record PasswordChange(@NotBlank @Schema(format = "password") String currentPassword,
			@NotBlank @Schema(format = "password", minLength = PasswordPolicy.MIN_LENGTH,
					maxLength = PasswordPolicy.MAX_BYTES,
					description = PasswordPolicy.DESCRIPTION) String newPassword) {

		@Override
		public String toString() {
			return "PasswordChange[]";
		}

	}

	@PutMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "changePassword", summary = "Change your password",
			description = "Ends all your sessions: log in again afterwards.",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	void changePassword(CurrentUser user, @Valid @RequestBody PasswordChange change) {
		accounts.changePassword(user.id(), change.currentPassword(), change.newPassword());
	}

	@DeleteMapping("/me")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteMyAccount", summary = "Delete your account",
			description = "Erases your personal data and ends all your sessions.",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "The account is the last administrator's")
	void deleteMe(CurrentUser user) {
		accounts.delete(user.id(), user.id());
	}

	@GetMapping("/me/addresses")
	@Operation(operationId = "listMyAddresses", summary = "Your shipping addresses",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	List<AddressView> addresses(CurrentUser user) {
		return accounts.profile(user.id()).addresses();
	}

	@PostMapping("/me/addresses")
	@Operation(operationId = "addAddress", summary = "Add a shipping address",
			description = "An account keeps at most " + Account.MAX_ADDRESSES
					+ " addresses: one more is refused with 400 (field `addresses`).",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	@ApiResponse(responseCode = "201", description = "Added")
	ResponseEntity<AddressView> addAddress(CurrentUser user, @Valid @RequestBody AddressDetails details) {
		var address = accounts.addAddress(user.id(), details);
		return ResponseEntity.created(URI.create("/api/users/me/addresses/" + address.id())).body(address);
	}

	@GetMapping("/me/addresses/{addressId}")
	@Operation(operationId = "getAddress", summary = "One of your shipping addresses",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	AddressView address(CurrentUser user, @PathVariable AddressId addressId) {
		return accounts.address(user.id(), addressId);
	}

	@PutMapping("/me/addresses/{addressId}")
	@Operation(operationId = "replaceAddress", summary = "Change one of your shipping addresses",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	AddressView replaceAddress(CurrentUser user, @PathVariable AddressId addressId,
			@Valid @RequestBody AddressDetails details) {
		return accounts.replaceAddress(user.id(), addressId, details);
	}

	@DeleteMapping("/me/addresses/{addressId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeAddress", summary = "Remove one of your shipping addresses",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN))
	void removeAddress(CurrentUser user, @PathVariable AddressId addressId) {
		accounts.removeAddress(user.id(), addressId);
	}

}
