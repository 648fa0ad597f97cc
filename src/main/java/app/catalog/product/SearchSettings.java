package app.catalog.product;

import java.time.Duration;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param currency the currency a price range is given in when the request does not say
 * @param rankedWindow how many of a text search's best matches are ranked once and kept,
 * so that its pages up to there are read by id; a page beyond is ranked afresh
 * @param rankingsKeptFor how long a kept ranking is used at most: a change to the catalog
 * replaces it sooner
 * @param revisionCheckInterval how often this instance looks whether the catalog changed,
 * through any instance: how long a change may take to show in its searches
 */
@ConfigurationProperties("agora.catalog.search")
record SearchSettings(@DefaultValue("EUR") Currency currency, @DefaultValue("1000") int rankedWindow,
		@DefaultValue("60s") Duration rankingsKeptFor, @DefaultValue("250ms") Duration revisionCheckInterval) {

	SearchSettings {
		if (rankedWindow < 0) {
			throw new IllegalArgumentException("agora.catalog.search.ranked-window must not be negative");
		}
		if (revisionCheckInterval.isNegative() || revisionCheckInterval.isZero()) {
			throw new IllegalArgumentException("agora.catalog.search.revision-check-interval must be positive");
		}
	}

}
