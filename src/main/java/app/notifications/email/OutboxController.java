package app.notifications.email;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import app.gateway.EndpointAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dev mailbox, for administrators: the emails the shop sent with no SMTP server. */
@RestController
@RequestMapping("/api/notifications/outbox")
@Tag(name = "Notifications: administration")
@SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN)
class OutboxController {

	private final DevMailbox mailbox;

	OutboxController(DevMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping
	@Operation(operationId = "listDevMailbox", summary = "The emails in the dev mailbox, newest first",
			description = "With no SMTP server configured (spring.mail.host), emails are kept here instead of sent, "
					+ "with their plain text and HTML. With one, they go out and this stays empty. The emails of a "
					+ "deleted account are erased.")
	PagedModel<MailboxMessage> outbox(
			@Parameter(description = "Only emails to this address") @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "Which page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "Emails per page") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new PagedModel<>(mailbox.find(to, PageRequest.of(page, size)));
	}

}
