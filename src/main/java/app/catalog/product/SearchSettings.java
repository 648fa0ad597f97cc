package app.catalog.product;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param currency the currency a price range is given in when the request does not say
 * @param rankingsKeptFor how long the results of a search are kept for the same search
 * again at most: a change to the catalog replaces them sooner
 * @param revisionCheckInterval how often this instance looks whether the catalog changed,
 * through any instance: how long a change may take to show in its searches
 * @param typoTolerance whether a search forgives typing errors and corrects words that
 * find nothing; off, words match only as written, stemmed or as a beginning
 * @param indexDirectory where this instance keeps its search index; by default in the
 * shop's local data when it runs on its own, else in a temporary directory, built afresh
 * on every start
 * @param searchesAtOnce how many searches and suggestions this instance works on at once,
 * the rest waiting their turn in the order they came (ADR 0040); by default four per
 * processor (0, the default)
 * @param longestWait how long a search waits for its turn at most; longer, it is answered
 * 503 {@code busy}
 */
@ConfigurationProperties("agora.catalog.search")
record SearchSettings(@DefaultValue("EUR") Currency currency, @DefaultValue("60s") Duration rankingsKeptFor,
		@DefaultValue("250ms") Duration revisionCheckInterval, @DefaultValue("true") boolean typoTolerance,
		@Nullable Path indexDirectory, int searchesAtOnce, @DefaultValue("2s") Duration longestWait) {

	SearchSettings {
		if (searchesAtOnce == 0) {
			searchesAtOnce = 4 * Runtime.getRuntime().availableProcessors();
		}
		if (searchesAtOnce < 0) {
			throw new IllegalArgumentException("agora.catalog.search.searches-at-once must not be negative");
		}
		if (revisionCheckInterval.isNegative() || revisionCheckInterval.isZero()) {
			throw new IllegalArgumentException("agora.catalog.search.revision-check-interval must be positive");
		}
	}

}
