package app.payments.payment;

import app.web.BrowserPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The payments a person must look at, in the back office (ADR 0038): what
 * {@code /actuator/paymentissues} tells operators, charges the processor has not answered
 * for and refunds it refused, as a page.
 */
@BrowserPages
class PaymentIssuePages {

	private final PaymentIssues issues;

	PaymentIssuePages(PaymentIssues issues) {
		this.issues = issues;
	}

	@GetMapping("/admin/payments")
	String issues(Model model) {
		model.addAttribute("issues", issues.issues());
		return "payments/issues";
	}

}
