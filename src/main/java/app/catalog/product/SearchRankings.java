package app.catalog.product;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The results of recent text searches. A shop's searches repeat (the same words from the
 * next shopper), and answering one again from memory costs nothing, so each page's
 * products, total, facets and correction are kept (ADR 0019, now over the index: ADR
 * 0037), as the index gave them (ADR 0043).
 * <p>
 * Whenever the search index changes, results kept so far are never used again
 * ({@link #forget()}). A search still running across that change keeps its result under
 * the old revision, so it cannot bring a stale one back.
 */
@Component
class SearchRankings {

	/**
	 * At most this many products over all kept results, about 400 bytes each: a bound on
	 * the memory however many different searches shoppers make.
	 */
	private static final long MAX_KEPT_PRODUCTS = 25_000;

	private final Cache<Key, Ranking> rankings;

	private final AtomicLong revision = new AtomicLong();

	SearchRankings(SearchSettings settings, MeterRegistry meters) {
		this.rankings = Caffeine.newBuilder()
			.expireAfterWrite(settings.rankingsKeptFor())
			.maximumWeight(MAX_KEPT_PRODUCTS)
			.weigher((Key key, Ranking ranking) -> Math.max(1, ranking.products().size()))
			.recordStats()
			// Its upkeep after a new search is a few steps: handed to the common
			// pool, waking and parking its threads cost a thirtieth of a search.
			.executor(Runnable::run)
			.build();
		CaffeineCacheMetrics.monitor(meters, rankings, "catalog.search.rankings");
	}

	/**
	 * The kept result of this search's page, or the one {@code rank} makes, kept from now
	 * on.
	 */
	Ranking of(ProductQuery query, Sort sort, long offset, int size, boolean facets, Supplier<Ranking> rank) {
		return rankings.get(new Key(revision.get(), query, sort, offset, size, facets), key -> rank.get());
	}

	/** Results kept so far no longer count: the index changed. */
	void forget() {
		revision.incrementAndGet();
		rankings.invalidateAll();
	}

	private record Key(long revision, ProductQuery query, Sort sort, long offset, int size, boolean facets) {
	}

	/**
	 * One page of a search's results, best first, how many products it matches in all,
	 * and what else the search says of them.
	 *
	 * @param facets counts by category, price and stock, if asked for
	 * @param didYouMean the corrected words, if the search as typed found nothing
	 */
	record Ranking(List<ProductSummary> products, long total, @Nullable SearchFacets facets,
			@Nullable DidYouMean didYouMean) {

		Ranking {
			products = List.copyOf(products);
		}

	}

}
