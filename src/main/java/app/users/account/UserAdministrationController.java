package app.users.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

import app.gateway.EndpointAccess;
import app.users.CurrentUser;
import app.users.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every account, for administrators. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users: administration")
@SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN)
class UserAdministrationController {

	private final AccountManagement accounts;

	UserAdministrationController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(operationId = "listAccounts", summary = "List all accounts, newest first, deleted ones included")
	PagedModel<Profile> list(@RequestParam(defaultValue = "0") @PositiveOrZero int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new PagedModel<>(accounts.list(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getAccount", summary = "Get any account")
	Profile get(@PathVariable UserId id) {
		return accounts.anyProfile(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteAccount", summary = "Delete any account",
			description = "Erases its personal data and ends its sessions.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "The account is the last administrator's")
	void delete(@PathVariable UserId id, CurrentUser admin) {
		accounts.delete(id, admin.id());
	}

}
