package app.catalog.product;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;

/**
 * One page of a listing or search, as {@link PagedModel} writes it, with the facets when
 * asked for and the corrected words when the search as typed found nothing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProductResults(List<ProductSummary> content, PagedModel.PageMetadata page, @Nullable SearchFacets facets,
		@Nullable DidYouMean didYouMean) {

	static ProductResults of(Page<ProductSummary> page, @Nullable SearchFacets facets,
			@Nullable DidYouMean didYouMean) {
		return new ProductResults(page.getContent(), new PagedModel.PageMetadata(page.getSize(), page.getNumber(),
				page.getTotalElements(), page.getTotalPages()), facets, didYouMean);
	}

}
