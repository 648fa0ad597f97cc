package app.notifications.email;

import app.web.BrowserPages;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dev mailbox in the back office (ADR 0038): the emails the shop kept instead of
 * sending, with no SMTP server configured, newest first, as their plain text.
 */
@BrowserPages
class MailboxPages {

	private static final int PAGE_SIZE = 20;

	private final DevMailbox mailbox;

	MailboxPages(DevMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/admin/mailbox")
	String mailbox(@RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
		var address = to == null || to.isBlank() ? null : to.strip();
		model.addAttribute("to", address);
		model.addAttribute("emails", mailbox.find(address, PageRequest.of(page, PAGE_SIZE)));
		return "notifications/pages/mailbox";
	}

}
