package app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages no module owns: the back office's start, which links every module's part of
 * it, and what a signed-in user is shown for a page they may not see (the gateway
 * forwards refusals here), as a page rather than the API's problem.
 */
@BrowserPages
class SharedPages {

	@GetMapping("/admin")
	String backOffice() {
		return "web/back-office";
	}

	@RequestMapping("/denied")
	ModelAndView denied() {
		var page = new ModelAndView("web/error", HttpStatus.FORBIDDEN);
		page.addObject("status", 403);
		page.addObject("reason", "Not for you");
		page.addObject("message", "This page is for the shop's staff. Sign in with another account to see it.");
		return page;
	}

}
