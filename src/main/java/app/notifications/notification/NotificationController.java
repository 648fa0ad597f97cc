package app.notifications.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import app.gateway.EndpointAccess;
import app.users.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every notification and what became of it, for administrators; failed ones retried. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications: administration")
@SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN)
class NotificationController {

	private final NotificationAdministration administration;

	NotificationController(NotificationAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(operationId = "listNotifications", summary = "Notifications, newest first, filtered",
			description = "Each email or text message the shop sent or is to send: PENDING (due, retried after a "
					+ "failure, or waiting for the customer's contact details), SENT, SKIPPED (the customer deleted "
					+ "their account, or wants no text messages) or FAILED (every attempt failed; retry it once the "
					+ "cause is fixed).")
	PagedModel<NotificationView> all(
			@Parameter(description = "Only notifications in this status") @RequestParam(
					required = false) @Nullable Status status,
			@Parameter(description = "Only this customer's notifications") @RequestParam(
					required = false) @Nullable UserId customer,
			@Parameter(description = "Which page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "Notifications per page") @RequestParam(
					defaultValue = "20") @Min(1) @Max(100) int size) {
		return new PagedModel<>(
				administration.find(new Notifications.Filter(status, customer), PageRequest.of(page, size)));
	}

	@PostMapping("/{id}/retry")
	@Operation(operationId = "retryNotification", summary = "Send a FAILED notification again",
			description = "It becomes PENDING, due now, with all its attempts again.")
	@ApiResponse(responseCode = "200", description = "Pending again")
	@ApiResponse(responseCode = "409", description = "The notification is not FAILED")
	NotificationView retry(@PathVariable NotificationId id) {
		return administration.retry(id);
	}

}
