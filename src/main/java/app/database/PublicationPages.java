package app.database;

import app.web.BrowserPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work between modules in the back office (ADR 0038): what
 * {@code /actuator/eventpublications} tells operators, as a page, with the same
 * resubmission of every failed publication.
 */
@BrowserPages
class PublicationPages {

	private final EventPublicationsEndpoint publications;

	PublicationPages(EventPublicationsEndpoint publications) {
		this.publications = publications;
	}

	@GetMapping("/admin/publications")
	String incomplete(Model model) {
		model.addAttribute("publications", publications.incomplete());
		return "database/publications";
	}

	@PostMapping("/admin/publications/resubmission")
	String resubmit(RedirectAttributes next) {
		publications.resubmitFailed();
		next.addFlashAttribute("done", "Every failed publication was submitted again.");
		return "redirect:/admin/publications";
	}

}
