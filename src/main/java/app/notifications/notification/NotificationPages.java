package app.notifications.notification;

import java.util.Arrays;

import app.web.BrowserPages;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Notifications in the back office (ADR 0038): every email and text message, FAILED ones
 * first to look at, each FAILED one with a retry once its cause is fixed.
 */
@BrowserPages
class NotificationPages {

	private static final int PAGE_SIZE = 50;

	private final NotificationAdministration administration;

	NotificationPages(NotificationAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/notifications")
	String notifications(@RequestParam(required = false) @Nullable Status status,
			@RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", Arrays.asList(Status.values()));
		model.addAttribute("notifications",
				administration.find(new Notifications.Filter(status, null), PageRequest.of(page, PAGE_SIZE)));
		return "notifications/pages/notifications";
	}

	@PostMapping("/admin/notifications/{id}/retry")
	String retry(@PathVariable NotificationId id, RedirectAttributes next) {
		administration.retry(id);
		next.addFlashAttribute("done", "The notification will be sent again.");
		return "redirect:/admin/notifications?status=FAILED";
	}

}
