package app.catalog.product;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import app.catalog.CategoryId;
import app.catalog.NewProduct;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.catalog.category.Category;
import app.catalog.category.CategoryManagement;
import app.money.Money;
import app.web.BrowserPages;
import app.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalog in the back office (ADR 0038): every product, on sale or not; adding one,
 * changing its description, price, category and whether it is on sale (its stock is
 * counted on the same page, by {@code app.catalog.inventory.StockPages}). The same
 * services as the administrators' API, and the same refusals.
 */
@BrowserPages
class ProductAdministrationPages {

	private static final int PAGE_SIZE = 50;

	private final ProductSearch search;

	private final ProductManagement management;

	private final CategoryManagement categories;

	private final SearchSettings settings;

	ProductAdministrationPages(ProductSearch search, ProductManagement management, CategoryManagement categories,
			SearchSettings settings) {
		this.search = search;
		this.management = management;
		this.categories = categories;
		this.settings = settings;
	}

	/** A product as the form shows and sends it; the price in the shop's currency. */
	record ProductForm(
			@NotBlank @Pattern(regexp = Sku.PATTERN, message = "2 to 40 letters, digits, '.', '_' or '-'") String sku,
			@NotBlank @Size(max = NewProduct.MAX_NAME_LENGTH) @PlainText String name,
			@Size(max = NewProduct.MAX_DESCRIPTION_LENGTH) @Nullable String description,
			@NotNull @Positive @Digits(integer = NewProduct.MAX_PRICE_DIGITS, fraction = 2) BigDecimal price,
			@NotNull UUID category, boolean active) {
	}

	@GetMapping("/admin/products")
	String products(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
		var text = q == null || q.isBlank() ? null : q.strip();
		model.addAttribute("q", text);
		model.addAttribute("products", search.administered(text, PageRequest.of(page, PAGE_SIZE)));
		return "catalog/admin-products";
	}

	@GetMapping("/admin/products/new")
	String newProduct(Model model) {
		var offered = offeredCategories();
		// The first category offered, as the form's select shows it.
		model.addAttribute("form", new ProductForm("", "", null, BigDecimal.ONE,
				offered.isEmpty() ? new UUID(0, 0) : offered.get(0).getId().id(), true));
		return formPage(model, null, offered);
	}

	@PostMapping("/admin/products")
	String add(@Valid @ModelAttribute("form") ProductForm form, BindingResult errors, Model model,
			RedirectAttributes next) {
		if (errors.hasErrors()) {
			return formPage(model, null, offeredCategories());
		}
		var product = management.add(new NewProduct(new Sku(form.sku()), form.name(), form.description(), price(form),
				new CategoryId(form.category()), null));
		if (!form.active()) {
			management.deactivate(product.getId());
		}
		next.addFlashAttribute("done", "Added %s.".formatted(product.getSku()));
		return "redirect:/admin/products/" + product.getId();
	}

	@GetMapping("/admin/products/{id}")
	String product(@PathVariable ProductId id, Model model) {
		var product = search.find(id).orElseThrow(() -> new ProductNotFound(id));
		model.addAttribute("form", new ProductForm(product.sku().value(), product.name(), product.description(),
				product.price().amount(), product.categoryId().id(), product.active()));
		model.addAttribute("product", product);
		return formPage(model, id, offeredCategories());
	}

	@PostMapping("/admin/products/{id}")
	String change(@PathVariable ProductId id, @Valid @ModelAttribute("form") ProductForm form, BindingResult errors,
			Model model, RedirectAttributes next) {
		var product = search.find(id).orElseThrow(() -> new ProductNotFound(id));
		if (errors.hasErrors()) {
			model.addAttribute("product", product);
			return formPage(model, id, offeredCategories());
		}
		management.describe(id, new ProductChanges(form.name(), form.description(), new CategoryId(form.category()),
				product.attributes()));
		if (product.price().amount().compareTo(form.price()) != 0) {
			management.changePrice(id, price(form));
		}
		if (form.active() != product.active()) {
			if (form.active()) {
				management.activate(id);
			}
			else {
				management.deactivate(id);
			}
		}
		next.addFlashAttribute("done", "Saved %s.".formatted(product.sku()));
		return "redirect:/admin/products/" + id;
	}

	private static String formPage(Model model, @Nullable ProductId id, List<Category> offered) {
		model.addAttribute("id", id);
		model.addAttribute("categories", offered);
		return "catalog/admin-product";
	}

	/** Every category, by name: what a product's category is chosen from. */
	private List<Category> offeredCategories() {
		return categories.all().stream().sorted(Comparator.comparing(Category::getName)).toList();
	}

	private Money price(ProductForm form) {
		return new Money(form.price(), settings.currency());
	}

}
