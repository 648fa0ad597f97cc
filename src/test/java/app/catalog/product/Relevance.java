package app.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;

/**
 * The relevance cases of a catalog (src/test/resources/search, also read by
 * bench/relevance): what shoppers type and the product they mean, each checked on the
 * first page of 20 as the shop answers it.
 */
final class Relevance {

	private static final Currency EUR = Currency.getInstance("EUR");

	private Relevance() {
	}

	/** Every case of {@code resource}, with what was found where it was missed. */
	static void assertAllFound(ProductSearch search, String resource) {
		var cases = cases(resource);
		var missed = new ArrayList<String>();
		for (var one : cases) {
			var names = search
				.search(new ProductQuery(one.query(), null, null, null, EUR), PageRequest.of(0, 20), false)
				.content()
				.stream()
				.map(view -> view.name() + " (" + view.sku().value() + ")")
				.toList();
			int at = place(names, one.expected());
			if (at < 0 || (one.first() && at > 0)) {
				missed.add("'%s' should find '%s' %s, found %s".formatted(one.query(), one.expected(),
						one.first() ? "first" : "on the first page", names));
			}
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
		assertThat(missed).as("searches that missed their product").isEmpty();
	}

	private static int place(List<String> found, String expected) {
		for (int at = 0; at < found.size(); at++) {
			if (found.get(at).toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT))) {
				return at;
			}
		}
		return -1;
	}

	private static List<Case> cases(String resource) {
		try {
			var lines = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.skip(1)
				.toList();
			return lines.stream().map(line -> {
				var columns = line.split("\t");
				return new Case(columns[0], columns[1], "first".equals(columns[2]));
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Case(String query, String expected, boolean first) {
	}

}
