package app.catalog.product;

import static org.apache.lucene.search.BooleanClause.Occur.FILTER;
import static org.apache.lucene.search.BooleanClause.Occur.MUST;
import static org.apache.lucene.search.BooleanClause.Occur.SHOULD;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import app.catalog.CategoryId;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Searches in the index (ADR 0037): every word typed must match a product, in its name or
 * description, stemmed ("jackets" finds "Jacket"), as the beginning of a name's word for
 * the last one (typing "jack"), or within one or two typing errors of a name's word
 * ("jaket", "hikking"). An exact whole name, the words of a name next to each other in
 * order and its SKU rank above everything else. When nothing is found, the words are
 * corrected against names and the search runs again ({@link DidYouMean}).
 */
@Component
class IndexSearch {

	private static final float SKU = 1000;

	private static final float WHOLE_NAME = 100;

	private static final float NAME_IN_ORDER = 5;

	private static final float WORD_IN_NAME = 3;

	private static final float WORD_AS_TYPED = 2;

	/** Name words a misspelt word may stand for at most: more is noise, and slow. */
	private static final int MAX_SPELLINGS = 20;

	/**
	 * Price ranges of the facets, in units of the request's currency: where they start;
	 * the last has no end.
	 */
	private static final int[] PRICE_STEPS = { 0, 10, 25, 50, 100, 250, 500 };

	private final SearchIndex index;

	private final SearchSettings settings;

	IndexSearch(SearchIndex index, SearchSettings settings) {
		this.index = index;
		this.settings = settings;
	}

	/**
	 * One page of what {@code query} finds, in {@code sort}'s order (by relevance unless
	 * sorted otherwise), with the facets if asked.
	 */
	SearchRankings.Ranking search(ProductQuery query, Sort sort, long offset, int size, boolean facets) {
		requireReady();
		var terms = query.terms();
		var order = sortOf(sort, !terms.isEmpty());
		return index.read(snapshot -> {
			var found = search(snapshot, query, terms, order, offset, size, facets);
			if (found.total() > 0 || terms.isEmpty() || !settings.typoTolerance()) {
				return found;
			}
			var corrected = corrected(terms, snapshot.getIndexReader());
			if (corrected.isEmpty()) {
				return found;
			}
			var correctedQuery = query.withText(corrected.get());
			var again = search(snapshot, correctedQuery, correctedQuery.terms(), order, offset, size, facets);
			return new SearchRankings.Ranking(again.products(), again.total(), again.facets(),
					new DidYouMean(corrected.get(), again.total() > 0));
		});
	}

	/**
	 * How the products a listing without words finds spread over categories, prices and
	 * stock.
	 */
	SearchFacets facets(ProductQuery query) {
		requireReady();
		return index.read(snapshot -> facets(snapshot, snapshot.search(
				new BooleanQuery.Builder().add(new MatchAllDocsQuery(), MUST).add(filters(query), FILTER).build(),
				new FacetsCollectorManager()), query));
	}

	/** Products and categories whose names have words beginning with every word typed. */
	Suggestions suggest(String typed, int size) {
		requireReady();
		var words = SearchAnalysis.words(SearchAnalysis.WORDS, typed);
		if (words.isEmpty()) {
			return Suggestions.NONE;
		}
		var beginnings = new BooleanQuery.Builder();
		words.forEach(word -> beginnings.add(new TermQuery(new Term(SearchFields.NAME_PREFIXES, word)), MUST));
		// In the index's own order, by name: each segment stops after its first few.
		var products = index.read(snapshot -> {
			var top = snapshot.search(beginnings.build(),
					new TopFieldCollectorManager(SearchFields.BY_NAME, size, null, size));
			var found = new ArrayList<Suggestions.ProductSuggestion>();
			for (var product : summaries(snapshot, top.scoreDocs, 0)) {
				found.add(new Suggestions.ProductSuggestion(product.id(), product.sku(), product.name()));
			}
			return found;
		});
		var categories = index.categories()
			.nodes()
			.entrySet()
			.stream()
			.filter(category -> beginsWords(category.getValue().name(), words))
			.map(category -> new Suggestions.CategorySuggestion(new CategoryId(category.getKey()),
					category.getValue().name()))
			.sorted(Comparator.comparing(Suggestions.CategorySuggestion::name))
			.limit(size)
			.toList();
		return new Suggestions(products, categories);
	}

	private static LeafReaderContext leafOf(IndexSearcher searcher, int doc) {
		var leaves = searcher.getIndexReader().leaves();
		return leaves.get(ReaderUtil.subIndex(doc, leaves));
	}

	/**
	 * The summaries of the hits from {@code from} on, in their order. Read segment by
	 * segment in the order of its documents, with one doc-values iterator each, as an
	 * iterator only moves forward: creating one per hit cost a twentieth of a search.
	 */
	private static List<ProductSummary> summaries(IndexSearcher searcher, ScoreDoc[] hits, int from)
			throws IOException {
		var byDoc = new ArrayList<Integer>();
		for (int at = from; at < hits.length; at++) {
			byDoc.add(at);
		}
		byDoc.sort(Comparator.comparingInt(at -> hits[at].doc));
		var summaries = new ProductSummary[byDoc.size()];
		LeafReaderContext leaf = null;
		BinaryDocValues values = null;
		for (int at : byDoc) {
			int doc = hits[at].doc;
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leafOf(searcher, doc);
				values = DocValues.getBinary(leaf.reader(), SearchFields.SUMMARY);
			}
			values.advanceExact(doc - leaf.docBase);
			summaries[at - from] = SearchFields.summary(values.binaryValue());
		}
		return List.of(summaries);
	}

	private static boolean beginsWords(String name, List<String> typed) {
		var words = SearchAnalysis.words(SearchAnalysis.WORDS, name);
		return typed.stream().allMatch(beginning -> words.stream().anyMatch(word -> word.startsWith(beginning)));
	}

	private void requireReady() {
		if (!index.ready()) {
			throw new SearchStarting();
		}
	}

	/**
	 * @param terms the query's words ({@link ProductQuery#terms()}), none for a listing
	 * @param order the order of the results; none for by relevance, ties in the index's
	 * order (by name)
	 */
	private SearchRankings.Ranking search(SearchIndex.Snapshot snapshot, ProductQuery query, List<String> terms,
			org.apache.lucene.search.@Nullable Sort order, long offset, int size, boolean facets) throws IOException {
		var reader = snapshot.getIndexReader();
		var all = new BooleanQuery.Builder()
			.add(terms.isEmpty() ? new MatchAllDocsQuery() : text(query, terms, snapshot), MUST)
			.add(filters(query), FILTER)
			.build();
		int wanted = (int) Math.max(1, Math.min(offset + size, Math.max(1, reader.numDocs())));
		TopDocs top;
		long total;
		SearchFacets counts = null;
		if (facets) {
			var result = order == null
					? FacetsCollectorManager.search(snapshot, all, wanted, new FacetsCollectorManager())
					: FacetsCollectorManager.search(snapshot, all, wanted, order, true, new FacetsCollectorManager());
			top = result.topDocs();
			total = result.facetsCollector().getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
			counts = facets(snapshot, result.facetsCollector(), query);
		}
		else {
			// Collecting only the best needs only the best scored, not every match:
			// whole blocks of postings that cannot make the page are skipped. Counting
			// every match is a pass of its own, without scores.
			top = order == null ? snapshot.search(all, new BestScored(wanted))
					: snapshot.search(all, new TopFieldCollectorManager(order, wanted, null, wanted));
			total = snapshot.count(all);
		}
		var products = summaries(snapshot, top.scoreDocs, (int) Math.min(offset, top.scoreDocs.length));
		return new SearchRankings.Ranking(products, total, counts, null);
	}

	/**
	 * The words, each of which must match; the whole name, the SKU or the words next to
	 * each other rank highest.
	 */
	private Query text(ProductQuery query, List<String> terms, SearchIndex.Snapshot snapshot) throws IOException {
		// A SKU as typed is no misspelling: no spellings near its parts are looked for.
		var sku = query.skuCandidate().isPresent()
				? term(snapshot, SearchFields.SKU, query.skuCandidate().get().value()) : null;
		boolean typedSku = sku != null && sku.getTermStates().docFreq() > 0;
		var everyWord = new BooleanQuery.Builder();
		for (int i = 0; i < terms.size(); i++) {
			var word = terms.get(i);
			var matches = new BooleanQuery.Builder();
			for (var stem : SearchAnalysis.words(SearchAnalysis.STEMMED, word)) {
				matches.add(new BoostQuery(term(snapshot, SearchFields.NAME, stem), WORD_IN_NAME), SHOULD);
				matches.add(term(snapshot, SearchFields.DESCRIPTION, stem), SHOULD);
			}
			var asTyped = term(snapshot, SearchFields.NAME_WORDS, word);
			matches.add(new BoostQuery(asTyped, WORD_AS_TYPED), SHOULD);
			int edits = settings.typoTolerance() && !typedSku ? edits(word) : 0;
			// A word some name has as typed is no typo: looking for spellings near it
			// costs more than the rest of the search.
			if (edits > 0 && asTyped.getTermStates().docFreq() == 0) {
				matches.add(snapshot.rewrittenOnce(new FuzzyQuery(asTyped.getTerm(), edits, 1, MAX_SPELLINGS, true)),
						SHOULD);
			}
			if (i == terms.size() - 1) {
				matches.add(term(snapshot, SearchFields.NAME_PREFIXES, word), SHOULD);
			}
			everyWord.add(matches.build(), MUST);
		}
		// Beside the words every match has, not beside them as alternatives: counting the
		// matches then needs the words only. An exact phrase, unlike a sloppy one, and no
		// clause for a name or SKU no product has let Lucene skip the blocks of matches
		// that cannot make the page (ADR 0037).
		if (terms.size() > 1) {
			everyWord.add(new BoostQuery(new PhraseQuery(SearchFields.NAME_WORDS, terms.toArray(String[]::new)),
					NAME_IN_ORDER), SHOULD);
		}
		var wholeName = term(snapshot, SearchFields.NAME_EXACT, String.join(" ", terms));
		if (wholeName.getTermStates().docFreq() > 0) {
			everyWord.add(new BoostQuery(new ConstantScoreQuery(wholeName), WHOLE_NAME), SHOULD);
		}
		if (!typedSku) {
			return everyWord.build();
		}
		return new BooleanQuery.Builder().add(everyWord.build(), SHOULD)
			.add(new BoostQuery(new ConstantScoreQuery(sku), SKU), SHOULD)
			.build();
	}

	/**
	 * A query for one term, with where the term is in each segment looked up once: a
	 * search passes over the index twice (its page, then the count), and looking a term
	 * up again cost a fiftieth of a search.
	 */
	private static TermQuery term(IndexSearcher searcher, String field, String text) throws IOException {
		var term = new Term(field, text);
		return new TermQuery(term, TermStates.build(searcher, term, true));
	}

	/**
	 * Typing errors forgiven in a word: none in short words and numbers (model numbers,
	 * sizes), where one changed letter is another word.
	 */
	private static int edits(String word) {
		if (word.chars().anyMatch(Character::isDigit) || word.length() <= 2) {
			return 0;
		}
		return word.length() <= 5 ? 1 : 2;
	}

	private Query filters(ProductQuery query) {
		var filters = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), FILTER);
		if (query.category() != null) {
			filters.add(new TermInSetQuery(SearchFields.CATEGORY,
					index.categories()
						.subtree(query.category().id())
						.stream()
						.map(id -> new BytesRef(id.toString()))
						.toList()),
					FILTER);
		}
		if (query.minPrice() != null || query.maxPrice() != null) {
			filters.add(new TermQuery(new Term(SearchFields.CURRENCY, query.currency().getCurrencyCode())), FILTER);
			filters.add(LongPoint.newRangeQuery(SearchFields.PRICE,
					query.minPrice() == null ? Long.MIN_VALUE : SearchFields.price(query.minPrice()),
					query.maxPrice() == null ? Long.MAX_VALUE : SearchFields.price(query.maxPrice())), FILTER);
		}
		if (query.inStockOnly()) {
			filters.add(IntPoint.newExactQuery(SearchFields.IN_STOCK, 1), FILTER);
		}
		return filters.build();
	}

	private SearchFacets facets(SearchIndex.Snapshot snapshot, FacetsCollector found, ProductQuery query)
			throws IOException {
		var tree = index.categories();
		var counts = new HashMap<UUID, Long>();
		var leaves = leafCounts(snapshot, found);
		if (leaves != null) {
			for (var leaf : leaves.labelValues) {
				for (var category : tree.withAncestors(UUID.fromString(leaf.label))) {
					counts.merge(category, leaf.value.longValue(), Long::sum);
				}
			}
		}
		var categories = counts.entrySet().stream().map(count -> {
			var node = tree.nodes().get(count.getKey());
			return new SearchFacets.CategoryCount(new CategoryId(count.getKey()), node.name(),
					node.parentId() == null ? null : new CategoryId(node.parentId()), count.getValue());
		})
			.sorted(Comparator.comparingLong(SearchFacets.CategoryCount::products)
				.reversed()
				.thenComparing(SearchFacets.CategoryCount::name))
			.toList();
		var ranges = new LongRange[PRICE_STEPS.length];
		for (int i = 0; i < PRICE_STEPS.length; i++) {
			boolean last = i == PRICE_STEPS.length - 1;
			ranges[i] = new LongRange(Integer.toString(i), SearchFields.price(BigDecimal.valueOf(PRICE_STEPS[i])), true,
					last ? Long.MAX_VALUE : SearchFields.price(BigDecimal.valueOf(PRICE_STEPS[i + 1])), last);
		}
		var currency = query.currency().getCurrencyCode();
		var byPrice = new LongRangeFacetCounts(SearchFields.PRICE, LongValuesSource.fromLongField(SearchFields.PRICE),
				found, new TermQuery(new Term(SearchFields.CURRENCY, currency)), ranges)
			.getAllChildren(SearchFields.PRICE);
		var prices = new ArrayList<SearchFacets.PriceRangeCount>();
		for (int i = 0; i < PRICE_STEPS.length; i++) {
			long products = byPrice.labelValues[i].value.longValue();
			if (products > 0) {
				prices.add(new SearchFacets.PriceRangeCount(BigDecimal.valueOf(PRICE_STEPS[i]),
						i == PRICE_STEPS.length - 1 ? null : BigDecimal.valueOf(PRICE_STEPS[i + 1]), currency,
						products));
			}
		}
		long inStock = new LongRangeFacetCounts(SearchFields.IN_STOCK, found,
				new LongRange("in stock", 1, true, 1, true))
			.getAllChildren(SearchFields.IN_STOCK).labelValues[0].value.longValue();
		return new SearchFacets(categories, prices, inStock);
	}

	private static @Nullable FacetResult leafCounts(SearchIndex.Snapshot snapshot, FacetsCollector found)
			throws IOException {
		if (snapshot.categories() == null) {
			return null;
		}
		try {
			return new SortedSetDocValuesFacetCounts(snapshot.categories(), found)
				.getAllChildren(SearchFields.CATEGORY);
		}
		catch (IllegalArgumentException noProductHasOne) {
			return null;
		}
	}

	/**
	 * The words corrected: each found nowhere as typed is replaced by the nearest word of
	 * a name, or left out when there is none. Empty when nothing changed, or nothing is
	 * left.
	 */
	private static Optional<String> corrected(List<String> words, IndexReader reader) throws IOException {
		var spelling = new DirectSpellChecker();
		var corrected = new ArrayList<String>();
		for (var word : words) {
			if (found(word, reader)) {
				corrected.add(word);
				continue;
			}
			var nearest = spelling.suggestSimilar(new Term(SearchFields.NAME_WORDS, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (nearest.length > 0) {
				corrected.add(nearest[0].string);
			}
		}
		return corrected.isEmpty() || corrected.equals(words) ? Optional.empty()
				: Optional.of(String.join(" ", corrected));
	}

	private static boolean found(String word, IndexReader reader) throws IOException {
		if (reader.docFreq(new Term(SearchFields.NAME_WORDS, word)) > 0
				|| reader.docFreq(new Term(SearchFields.NAME_PREFIXES, word)) > 0) {
			return true;
		}
		for (var stem : SearchAnalysis.words(SearchAnalysis.STEMMED, word)) {
			if (reader.docFreq(new Term(SearchFields.DESCRIPTION, stem)) > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The requested order in the index's terms, ties broken by id the way the last order
	 * runs; none, for by relevance, when a text search asks for no other.
	 */
	private static org.apache.lucene.search.@Nullable Sort sortOf(Sort requested, boolean text) {
		var fields = new ArrayList<SortField>();
		boolean descending = false;
		for (var order : requested) {
			descending = order.isDescending();
			fields.add(switch (order.getProperty()) {
				case "relevance" -> text ? new SortField(null, SortField.Type.SCORE, order.isAscending()) : null;
				case "name" -> new SortField(SearchFields.NAME_SORT, SortField.Type.STRING, descending);
				case "price" -> new SortField(SearchFields.PRICE, SortField.Type.LONG, descending);
				case "createdAt" -> new SortField(SearchFields.CREATED_AT, SortField.Type.LONG, descending);
				case "sku" -> new SortField(SearchFields.SKU_SORT, SortField.Type.STRING, descending);
				default -> throw ProductSearch.unsortable(order.getProperty());
			});
		}
		fields.removeIf(Objects::isNull);
		if (fields.isEmpty() || (fields.size() == 1 && fields.get(0).equals(SortField.FIELD_SCORE))) {
			return text ? null : SearchFields.BY_NAME;
		}
		fields.add(new SortField(SearchFields.ID_SORT, SortField.Type.STRING, descending));
		return new org.apache.lucene.search.Sort(fields.toArray(SortField[]::new));
	}

}
