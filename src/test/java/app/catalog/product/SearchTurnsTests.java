package app.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import app.web.Refusal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches beyond those allowed at once wait their turn, and one that waits too long is
 * answered 503 {@code busy} with Retry-After; requests that are no text search never wait
 * (ADR 0040).
 */
class SearchTurnsTests {

	private final SearchTurns turns = new SearchTurns(new SearchSettings(Currency.getInstance("EUR"),
			Duration.ofMinutes(1), Duration.ofMillis(250), true, null, 1, Duration.ofMillis(10)), new JsonMapper(),
			new SimpleMeterRegistry());

	@Test
	void aSearchBeyondThoseAllowedAtOnceIsAnsweredBusyAndOthersPass() throws Exception {
		var during = new ArrayList<MockHttpServletResponse>();
		var first = new MockHttpServletResponse();
		turns.doFilter(get("/api/catalog/products", "shoes"), first, (request, response) -> {
			for (var other : List.of(get("/api/catalog/products", "jacket"), get("/api/catalog/suggestions", "ja"),
					get("/api/catalog/products", null), get("/api/catalog/products/by-sku/RUN-001", null))) {
				var answer = new MockHttpServletResponse();
				turns.doFilter(other, answer, new MockFilterChain());
				during.add(answer);
			}
		});

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(during).extracting(MockHttpServletResponse::getStatus).containsExactly(503, 503, 200, 200);
		assertThat(during.get(0).getContentType()).isEqualTo("application/problem+json");
		assertThat(during.get(0).getHeader("Retry-After")).isEqualTo("1");
		assertThat(during.get(0).getContentAsString()).contains("\"type\":\"urn:agora:problem:busy\"");

		var after = new MockHttpServletResponse();
		turns.doFilter(get("/api/catalog/products", "jacket"), after, new MockFilterChain());
		assertThat(after.getStatus()).isEqualTo(200);
	}

	@Test
	void aSearchPageBeyondThoseAllowedAtOnceIsRefusedBusyAndTheNextSearches() throws Exception {
		var during = new ArrayList<@Nullable Throwable>();
		turns.doFilter(get("/api/catalog/products", "shoes"), new MockHttpServletResponse(),
				(request, response) -> during.add(catchThrowable(() -> turns.inTurn(() -> "found"))));

		assertThat(during.get(0)).isInstanceOf(SearchesBusy.class).hasMessage(SearchesBusy.MESSAGE);
		// What the page shows for it: a refusal (app.web.PageErrors), 503.
		assertThat(SearchesBusy.class.getAnnotation(Refusal.class).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(turns.inTurn(() -> "found")).isEqualTo("found");
	}

	private static MockHttpServletRequest get(String path, @Nullable String q) {
		var request = new MockHttpServletRequest("GET", path);
		if (q != null) {
			request.setParameter("q", q);
		}
		return request;
	}

}
