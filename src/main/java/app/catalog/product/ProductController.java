package app.catalog.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import app.catalog.CategoryId;
import app.catalog.NewProduct;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.gateway.EndpointAccess;
import app.money.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Products over HTTP: browsing and search for everyone, changes for administrators. */
@RestController
@RequestMapping("/api/catalog/products")
@Tag(name = "Catalog: products")
class ProductController {

	private final ProductManagement management;

	private final ProductSearch search;

	private final SearchSettings settings;

	ProductController(ProductManagement management, ProductSearch search, SearchSettings settings) {
		this.management = management;
		this.search = search;
		this.settings = settings;
	}

	@GetMapping
	@Operation(operationId = "listProducts", summary = "List or search the products on sale",
			description = "Without q, lists products (by name unless sorted otherwise). With q, finds the products "
					+ "that have every word in their name or description (stemmed: 'jackets' finds 'Jacket'), the "
					+ "last word also as the beginning of a word of their name, each word also with one or two "
					+ "typing errors ('jaket'), or their SKU; most relevant first, the exact name or SKU on top. "
					+ "When the words as typed find nothing, didYouMean says how they were corrected. With "
					+ "facets=true, the answer counts what was found by category (with everything below it), "
					+ "price range and stock. Each product is a summary (in stock or not); getProduct gives its "
					+ "details and exact stock. A search's summaries are as of the search index, which follows "
					+ "every change within a second.")
	ProductResults list(
			@Parameter(description = "Words to search for, e.g. 'runing shoe'",
					schema = @Schema(type = "string", maxLength = ProductQuery.MAX_TEXT_LENGTH)) @RequestParam(
							required = false) @Nullable String q,
			@Parameter(description = "In this category or below it") @RequestParam(
					required = false) @Nullable CategoryId category,
			@RequestParam(required = false) @PositiveOrZero @Digits(integer = NewProduct.MAX_PRICE_DIGITS,
					fraction = 4) @Nullable BigDecimal minPrice,
			@RequestParam(required = false) @PositiveOrZero @Digits(integer = NewProduct.MAX_PRICE_DIGITS,
					fraction = 4) @Nullable BigDecimal maxPrice,
			@Parameter(description = "Of the price range; the shop's by default",
					schema = @Schema(ref = "CurrencyCode")) @RequestParam(required = false) @Nullable Currency currency,
			@Parameter(description = "Only products that can be ordered right now") @RequestParam(
					defaultValue = "false") boolean inStock,
			@Parameter(description = "Count what was found by category, price range and stock") @RequestParam(
					defaultValue = "false") boolean facets,
			@Parameter(description = "Which page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "Products per page") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(
					description = "What to sort by: name, price, createdAt, sku, or relevance (without q, the listing's own order), each "
							+ "optionally followed by asc or desc, e.g. price,desc; repeat for a second order",
					array = @ArraySchema(schema = @Schema(type = "string",
							allowableValues = { "name", "name,asc", "name,desc", "price", "price,asc", "price,desc",
									"createdAt", "createdAt,asc", "createdAt,desc", "sku", "sku,asc", "sku,desc",
									"relevance", "relevance,asc", "relevance,desc" }))) @RequestParam(
											required = false) @Nullable List<String> sort) {
		var query = new ProductQuery(q, category, minPrice, maxPrice, currency == null ? settings.currency() : currency,
				inStock);
		return search.search(query, PageRequest.of(page, size, sortOf(sort)), facets);
	}

	/**
	 * The sort parameters as Spring Data writes them ({@code price,desc}), read here
	 * instead of by its Pageable resolver, which inspects the method's parameter
	 * annotations by reflection on every request: a quarter of a list page's CPU time
	 * (docs/benchmarks). Spring splits a single value at its commas, so the words arrive
	 * either way: a direction applies to the property just before it.
	 */
	private static Sort sortOf(@Nullable List<String> sort) {
		if (sort == null) {
			return Sort.unsorted();
		}
		var orders = new ArrayList<Sort.Order>();
		for (var word : sort.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).toList()) {
			var direction = Sort.Direction.fromOptionalString(word);
			if (direction.isPresent() && !orders.isEmpty()) {
				orders.set(orders.size() - 1, orders.get(orders.size() - 1).with(direction.get()));
			}
			else if (!word.isEmpty()) {
				orders.add(Sort.Order.asc(word));
			}
		}
		return Sort.by(orders);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getProduct", summary = "Get a product, on sale or not")
	ProductView get(@PathVariable ProductId id) {
		return search.find(id).orElseThrow(() -> new ProductNotFound(id));
	}

	@GetMapping("/by-sku/{sku}")
	@Operation(operationId = "getProductBySku", summary = "Get a product by its SKU")
	ProductView getBySku(@PathVariable Sku sku) {
		return search.find(sku).orElseThrow(() -> new ProductNotFound(sku));
	}

	@PostMapping
	@Operation(operationId = "addProduct", summary = "Add a product",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN))
	@ApiResponse(responseCode = "201", description = "Added; Location names the new product")
	@ApiResponse(responseCode = "409", description = "Another product has the SKU")
	@ApiResponse(responseCode = "422", description = "The category does not exist")
	ResponseEntity<ProductView> add(@Valid @RequestBody NewProduct request) {
		var product = management.add(request);
		var location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(product.getId())
			.toUri();
		return ResponseEntity.created(location).body(view(product.getId()));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "describeProduct",
			summary = "Change a product's name, description, category and attributes",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN))
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "422", description = "The category does not exist")
	ProductView describe(@PathVariable ProductId id, @Valid @RequestBody ProductChanges changes) {
		return view(management.describe(id, changes).getId());
	}

	@PutMapping("/{id}/price")
	@Operation(operationId = "changePrice", summary = "Change a product's price",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN))
	ProductView changePrice(@PathVariable ProductId id,
			@Valid @RequestBody @Positive @Digits(integer = NewProduct.MAX_PRICE_DIGITS, fraction = 4) Money price) {
		return view(management.changePrice(id, price).getId());
	}

	@PostMapping("/{id}/deactivate")
	@Operation(operationId = "deactivateProduct", summary = "Take a product off sale",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN))
	ProductView deactivate(@PathVariable ProductId id) {
		return view(management.deactivate(id).getId());
	}

	@PostMapping("/{id}/activate")
	@Operation(operationId = "activateProduct", summary = "Put a product back on sale",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN))
	ProductView activate(@PathVariable ProductId id) {
		return view(management.activate(id).getId());
	}

	private ProductView view(ProductId id) {
		return search.find(id).orElseThrow(() -> new ProductNotFound(id));
	}

}
