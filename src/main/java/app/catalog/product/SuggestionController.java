package app.catalog.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a search box offers while a shopper types, from the search index. */
@RestController
@Tag(name = "Catalog: products")
class SuggestionController {

	private final IndexSearch search;

	SuggestionController(IndexSearch search) {
		this.search = search;
	}

	@GetMapping("/api/catalog/suggestions")
	@Operation(operationId = "suggest", summary = "Suggest products and categories while a shopper types",
			description = "Products on sale and categories whose names have words beginning with every word "
					+ "typed: 'ru sh' suggests 'Running Shoes'. Best matches first, then by name.")
	Suggestions suggest(
			@Parameter(description = "What has been typed so far; nothing typed, nothing suggested") @RequestParam(
					defaultValue = "") @Size(max = ProductQuery.MAX_TEXT_LENGTH) String q,
			@Parameter(description = "Suggestions of each kind at most") @RequestParam(
					defaultValue = "8") @Min(1) @Max(20) int size) {
		return search.suggest(q, size);
	}

}
