package app.catalog.product;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The best-scored hits of a search, where a score that beats the page's lowest by less
 * than {@link #TIE a hundred-thousandth of it} counts as a tie, which the page's earlier
 * hit wins, as it does an exact tie (ADR 0042).
 * <p>
 * Why: many products score exactly alike (names of as many words, matching the same way).
 * Lucene skips the blocks of matches that cannot beat the page's lowest score, but rounds
 * each clause's best score up to be safe, so a match that can only equal the lowest is
 * never skipped: every tied match was scored, for nothing. Asking for a hair more than
 * the lowest lets whole blocks of ties be skipped.
 */
final class BestScored implements CollectorManager<BestScored.Top, TopDocs> {

	/**
	 * How much more than the page's lowest score a match must be able to reach: far above
	 * Lucene's rounding (a float's 24 bits, once per clause), far below any difference a
	 * word, a field or a boost makes.
	 */
	static final float TIE = 1e-5f;

	private final TopScoreDocCollectorManager best;

	/** The first {@code wanted} hits; as many are counted exactly. */
	BestScored(int wanted) {
		this.best = new TopScoreDocCollectorManager(wanted, null, wanted);
	}

	@Override
	public Top newCollector() throws IOException {
		return new Top(best.newCollector());
	}

	@Override
	public TopDocs reduce(Collection<Top> collectors) throws IOException {
		return best.reduce(collectors.stream().map(Top::best).toList());
	}

	/** Lucene's own collector of the best, told the lowest score a hair higher. */
	record Top(TopScoreDocCollector best) implements Collector {

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext segment) throws IOException {
			return new FilterLeafCollector(best.getLeafCollector(segment)) {

				@Override
				public void setScorer(Scorable scorer) throws IOException {
					super.setScorer(new FilterScorable(scorer) {

						@Override
						public void setMinCompetitiveScore(float lowest) throws IOException {
							float higher = lowest * (1 + TIE);
							in.setMinCompetitiveScore(Float.isFinite(higher) ? higher : lowest);
						}

					});
				}

			};
		}

		@Override
		public ScoreMode scoreMode() {
			return best.scoreMode();
		}

	}

}
