package app.catalog.product;

import java.math.BigDecimal;
import java.util.List;

import app.catalog.CategoryId;
import app.catalog.NewProduct;
import app.catalog.ProductId;
import app.catalog.category.Category;
import app.catalog.category.CategoryManagement;
import app.web.BrowserPages;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The storefront's pages of the catalog (ADR 0038): the home page, search and category
 * listings with their facets, and a product. What other modules add to them (the cart's
 * button, what was bought together) they render themselves, loaded into these pages.
 */
@BrowserPages
class ProductPages {

	private static final int PAGE_SIZE = 24;

	/** The orders a shopper can choose, as the page names them. */
	private static final List<String> ORDERS = List.of("relevance", "name", "price", "price-desc", "newest");

	private final ProductSearch search;

	private final CategoryManagement categories;

	private final SearchSettings settings;

	private final SearchTurns turns;

	ProductPages(ProductSearch search, CategoryManagement categories, SearchSettings settings, SearchTurns turns) {
		this.search = search;
		this.categories = categories;
		this.settings = settings;
		this.turns = turns;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("categories", topLevel());
		model.addAttribute("newest",
				search
					.search(query(null, null, null, null), PageRequest.of(0, 8, Sort.by(Sort.Order.desc("createdAt"))),
							false)
					.content());
		return "catalog/home";
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable CategoryId category,
			@RequestParam(required = false) @PositiveOrZero @Digits(integer = NewProduct.MAX_PRICE_DIGITS,
					fraction = 2) @Nullable BigDecimal minPrice,
			@RequestParam(required = false) @PositiveOrZero @Digits(integer = NewProduct.MAX_PRICE_DIGITS,
					fraction = 2) @Nullable BigDecimal maxPrice,
			@RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "0") @Min(0) int page,
			Model model) {
		var text = q == null || q.isBlank() ? null : q.strip();
		var order = ORDERS.contains(sort) ? sort : "relevance";
		var query = query(text, category, minPrice, maxPrice);
		var pageable = PageRequest.of(page, PAGE_SIZE, sortOf(order, text != null));
		// A text search takes its turn as the API's do (ADR 0040); a listing does not.
		var results = text == null ? search.search(query, pageable, true)
				: turns.inTurn(() -> search.search(query, pageable, true));
		model.addAttribute("q", text);
		model.addAttribute("category", category);
		model.addAttribute("categoryName", category == null ? null : nameOf(category));
		model.addAttribute("minPrice", minPrice);
		model.addAttribute("maxPrice", maxPrice);
		model.addAttribute("sort", order);
		model.addAttribute("orders", ORDERS);
		model.addAttribute("results", results);
		return "catalog/search";
	}

	@GetMapping("/categories/{id}")
	String category(@PathVariable CategoryId id, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
		return search(null, id, null, null, sort, page, model);
	}

	@GetMapping("/products/{id}")
	String product(@PathVariable ProductId id, Model model) {
		var product = search.find(id).filter(ProductView::active).orElseThrow(() -> new ProductNotFound(id));
		model.addAttribute("product", product);
		model.addAttribute("categoryName", nameOf(product.categoryId()));
		return "catalog/product";
	}

	private ProductQuery query(@Nullable String text, @Nullable CategoryId category, @Nullable BigDecimal minPrice,
			@Nullable BigDecimal maxPrice) {
		return new ProductQuery(text, category, minPrice, maxPrice, settings.currency(), false);
	}

	private static Sort sortOf(String order, boolean searchesText) {
		return switch (order) {
			case "name" -> Sort.by("name");
			case "price" -> Sort.by("price");
			case "price-desc" -> Sort.by(Sort.Order.desc("price"));
			case "newest" -> Sort.by(Sort.Order.desc("createdAt"));
			default -> searchesText ? Sort.unsorted() : Sort.by("name");
		};
	}

	private List<Category> topLevel() {
		return categories.all().stream().filter(category -> category.getParentId() == null).toList();
	}

	private @Nullable String nameOf(CategoryId id) {
		return categories.all()
			.stream()
			.filter(it -> it.getId().equals(id))
			.map(Category::getName)
			.findFirst()
			.orElse(null);
	}

}
