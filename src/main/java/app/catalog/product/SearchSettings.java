package app.catalog.product;

import java.time.Duration;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param currency the currency a price range is given in when the request does not say
 * @param rankedWindow how many of a text search's best matches are ranked once and kept,
 * so that its pages up to there are read by id; a page beyond is ranked afresh
 * @param rankingsKeptFor how long a kept ranking is used: changes made through this
 * instance replace it at once, changes made through another one after this long at most
 */
@ConfigurationProperties("agora.catalog.search")
record SearchSettings(@DefaultValue("EUR") Currency currency, @DefaultValue("1000") int rankedWindow,
		@DefaultValue("60s") Duration rankingsKeptFor) {

	SearchSettings {
		if (rankedWindow < 0) {
			throw new IllegalArgumentException("agora.catalog.search.ranked-window must not be negative");
		}
	}

}
