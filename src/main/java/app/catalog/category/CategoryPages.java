package app.catalog.category;

import java.util.UUID;

import app.catalog.CategoryId;
import app.catalog.NewCategory;
import app.web.BrowserPages;
import app.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The category tree in the back office (ADR 0038): adding a category, and renaming or
 * moving one, with the same refusals as the administrators' API (a name taken among
 * siblings, a move under itself).
 */
@BrowserPages
class CategoryPages {

	private final CategoryManagement categories;

	CategoryPages(CategoryManagement categories) {
		this.categories = categories;
	}

	/** A category as the forms send it: a name, and the parent, none for the top. */
	record CategoryForm(@NotBlank @Size(max = NewCategory.MAX_NAME_LENGTH) @PlainText String name,
			@Nullable UUID parent) {

		@Nullable CategoryId parentId() {
			return parent == null ? null : new CategoryId(parent);
		}

	}

	@GetMapping("/admin/categories")
	String tree(Model model) {
		model.addAttribute("all", categories.all());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CategoryForm("", null));
		}
		return "catalog/admin-categories";
	}

	@PostMapping("/admin/categories")
	String add(@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, Model model,
			RedirectAttributes next) {
		if (errors.hasErrors()) {
			return tree(model);
		}
		var added = categories.add(new NewCategory(form.name(), form.parentId()));
		next.addFlashAttribute("done", "Added %s.".formatted(added.getName()));
		return "redirect:/admin/categories";
	}

	@PostMapping("/admin/categories/{id}")
	String change(@PathVariable CategoryId id, @Valid @ModelAttribute("change") CategoryForm form, BindingResult errors,
			RedirectAttributes next) {
		if (errors.hasErrors()) {
			next.addFlashAttribute("problem", "A category needs a name of at most 100 characters.");
			return "redirect:/admin/categories";
		}
		var changed = categories.change(id, new CategoryChanges(form.name(), form.parentId()));
		next.addFlashAttribute("done", "Saved %s.".formatted(changed.getName()));
		return "redirect:/admin/categories";
	}

}
