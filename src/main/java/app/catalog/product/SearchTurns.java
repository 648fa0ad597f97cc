package app.catalog.product;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.web.ApiProblems;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches take turns (ADR 0040). A search is work for the processor alone, and many at
 * once on a few cores share them: every search then takes as long as all of them, and the
 * slow ones far longer. A few at a time, the rest waiting in the order they came (a fair
 * semaphore, resilience4j's bulkhead), each runs nearly alone. Covers the whole request
 * of the API's searches, security and JSON included, and the search of the search page
 * ({@link #inTurn}); other requests, which mostly wait on the database, keep the web
 * server's threads.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SearchTurns extends OncePerRequestFilter {

	private static final String NAME = "search";

	private final Bulkhead turns;

	private final JsonMapper json;

	SearchTurns(SearchSettings settings, JsonMapper json, MeterRegistry meters) {
		var bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
			.maxConcurrentCalls(settings.searchesAtOnce())
			.maxWaitDuration(settings.longestWait())
			.fairCallHandlingStrategyEnabled(true)
			.build());
		this.turns = bulkheads.bulkhead(NAME);
		this.json = json;
		TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
	}

	/** A text search by the API, and the suggestions while typing. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		var path = request.getRequestURI();
		return !(path.equals("/api/catalog/suggestions")
				|| path.equals("/api/catalog/products") && request.getParameter("q") != null);
	}

	/**
	 * Runs a search of a page in its turn: the page's own answer, rendered around it,
	 * stays outside.
	 * @throws SearchesBusy when the search waited its longest in vain
	 */
	<T> T inTurn(Supplier<T> search) {
		if (!turns.tryAcquirePermission()) {
			throw new SearchesBusy();
		}
		try {
			return search.get();
		}
		finally {
			turns.onComplete();
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!turns.tryAcquirePermission()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			ApiProblems.write(response, json, HttpStatus.SERVICE_UNAVAILABLE, "busy", SearchesBusy.MESSAGE);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			turns.onComplete();
		}
	}

}
