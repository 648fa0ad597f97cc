package app.catalog.product;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import app.catalog.category.CategoryTreeChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ranked matches of recent text searches. Ranking a search reads and scores every
 * product it matches, thousands for a common word in a large catalog, while a shop's
 * searches repeat: the next page, the same words from the next shopper. So the best
 * matches of a search are ranked once and kept as ids, and its pages are read by id (ADR
 * 0019). The products themselves, their prices and stock, are always read fresh.
 * <p>
 * Every change to the catalog's products or categories through this instance starts a new
 * revision after it commits, and so does one through another instance once this one sees
 * it ({@link SearchRevisions}); rankings of an older revision are never used again. A
 * search still running across that commit keeps its result under the old revision, so it
 * cannot bring a stale ranking back.
 */
@Component
class SearchRankings {

	/**
	 * At most this many ids over all kept rankings, about 50 bytes each: a bound on the
	 * memory however many different searches shoppers make.
	 */
	private static final long MAX_KEPT_IDS = 200_000;

	private final Cache<Key, Ranking> rankings;

	private final AtomicLong revision = new AtomicLong();

	SearchRankings(SearchSettings settings, MeterRegistry meters) {
		this.rankings = Caffeine.newBuilder()
			.expireAfterWrite(settings.rankingsKeptFor())
			.maximumWeight(MAX_KEPT_IDS)
			.weigher((Key key, Ranking ranking) -> Math.max(1, ranking.ids().size()))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, rankings, "catalog.search.rankings");
	}

	/**
	 * The kept ranking of this search, or the one {@code rank} makes, kept from now on.
	 */
	Ranking of(ProductQuery query, Sort sort, Supplier<Ranking> rank) {
		return rankings.get(new Key(revision.get(), query, sort), key -> rank.get());
	}

	/** A move in the category tree changes what a search within a category finds. */
	@EventListener
	void on(CategoryTreeChanged changed) {
		forgetAfterCommit();
	}

	/**
	 * Rankings made so far no longer count once the current transaction commits (at once
	 * without one). Call it with every change that can move a product into, out of or
	 * within a search's results.
	 */
	void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget();
				}
			});
		}
		else {
			forget();
		}
	}

	/**
	 * Rankings made so far no longer count: a change committed since, through this
	 * instance or another one ({@link SearchRevisions}).
	 */
	void forget() {
		revision.incrementAndGet();
		rankings.invalidateAll();
	}

	private record Key(long revision, ProductQuery query, Sort sort) {
	}

	/**
	 * The ids of a search's best matches, best first, and how many products it matches in
	 * all.
	 */
	record Ranking(List<UUID> ids, long total) {

		Ranking {
			ids = List.copyOf(ids);
		}

		List<UUID> page(long offset, int size) {
			int from = (int) Math.min(offset, ids.size());
			return ids.subList(from, Math.min(from + size, ids.size()));
		}

	}

}
