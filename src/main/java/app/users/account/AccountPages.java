package app.users.account;

import java.util.Objects;

import app.users.CurrentUser;
import app.web.BrowserPages;
import app.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing in, registering, and the signed-in user's profile and address book, in the
 * browser (ADR 0038). The gateway's log-in form posts to {@code /login} and checks the
 * password with {@link PasswordCheck}; this renders the form, and opens accounts as the
 * API does, with the same answer whether or not the address had one.
 */
@BrowserPages
class AccountPages {

	private final AccountManagement accounts;

	AccountPages(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/**
	 * What the registration form sends; the fields keep what was typed when it is shown
	 * again.
	 */
	record RegistrationForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank String password,
			@NotBlank @Size(max = 100) String name) {

		@Override
		public String toString() {
			return "RegistrationForm[]";
		}

	}

	@GetMapping("/account")
	String account(CurrentUser user, Model model) {
		var profile = accounts.profile(user.id());
		model.addAttribute("profile", profile);
		if (!model.containsAttribute("contact")) {
			model.addAttribute("contact", new ContactForm(profile.name(),
					Objects.requireNonNullElse(profile.email(), ""), profile.phone(), profile.smsNotifications()));
		}
		if (!model.containsAttribute("address")) {
			model.addAttribute("address", new AddressDetails("", "", null, "", "", ""));
		}
		return "users/account";
	}

	/** The contact details as the account page shows and sends them. */
	record ContactForm(@NotBlank @Size(max = 100) @PlainText String name,
			@NotBlank @Email @Size(max = 254) String email,
			@Pattern(regexp = "^$|" + AccountController.E164,
					message = "must be in international form, such as +4915112345678") @Nullable String phone,
			boolean smsNotifications) {

		@Override
		public String toString() {
			return "ContactForm[]";
		}

	}

	@PostMapping("/account/contact")
	String changeContact(CurrentUser user, @Valid @ModelAttribute("contact") ContactForm contact, BindingResult errors,
			Model model, RedirectAttributes next) {
		if (!errors.hasErrors()) {
			try {
				accounts.changeContact(user.id(), contact.name(), contact.email(),
						contact.phone() == null || contact.phone().isBlank() ? null : contact.phone(),
						contact.smsNotifications());
				next.addFlashAttribute("done", "Your contact details are saved.");
				return "redirect:/account";
			}
			catch (EmailTaken taken) {
				errors.rejectValue("email", "taken", "Another account has this email address.");
			}
		}
		return account(user, model);
	}

	@PostMapping("/account/addresses")
	String addAddress(CurrentUser user, @Valid @ModelAttribute("address") AddressDetails address, BindingResult errors,
			Model model, RedirectAttributes next) {
		if (errors.hasErrors()) {
			return account(user, model);
		}
		accounts.addAddress(user.id(), address);
		next.addFlashAttribute("done", "Address added.");
		return "redirect:/account";
	}

	@PostMapping("/account/addresses/{id}/removal")
	String removeAddress(CurrentUser user, @PathVariable AddressId id, RedirectAttributes next) {
		accounts.removeAddress(user.id(), id);
		next.addFlashAttribute("done", "Address removed.");
		return "redirect:/account";
	}

	@GetMapping("/login")
	String logIn() {
		return "users/login";
	}

	@GetMapping("/register")
	String registration(Model model) {
		model.addAttribute("form", new RegistrationForm("", "", ""));
		return "users/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return "users/register";
		}
		try {
			accounts.register(form.email(), form.password(), form.name());
		}
		catch (WeakPassword weak) {
			errors.rejectValue("password", "weak", weak.getMessage());
			return "users/register";
		}
		catch (DuplicateKeyException ex) {
			// Registered at the same moment: the same answer as for any existing account.
		}
		return "redirect:/login?registered";
	}

}
