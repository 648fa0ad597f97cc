package app.catalog.product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The catalog's search index (Lucene, ADR 0037): one document per product on sale, in a
 * directory of this instance's own, written by {@link SearchIndexFeed} alone and read by
 * any number of searches at once. A search sees the index as of the last
 * {@link #refresh()}; writes in between are invisible to it.
 * <p>
 * The directory is {@code agora.catalog.search.index-directory}, else
 * {@code search-index} in the shop's local data when it runs on its own, else a temporary
 * one, built afresh on every start. An index kept on disk records the catalog and the
 * revision it reached, and is caught up from there on the next start.
 */
@Component
class SearchIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/**
	 * Where a shop on its own keeps what it makes for itself (app.database.LocalData).
	 */
	private static final String LOCAL_DATA = "agora.local-data";

	private static final String CATALOG = "catalog";

	private static final String REVISION = "revision";

	private static final String FIELDS = "fields";

	/**
	 * Segments a search looks in at most for long: each costs every search a look-up of
	 * each of its words and spellings, whatever its size (ADR 0041).
	 */
	private static final int MOST_SEGMENTS = 3;

	private final Path path;

	private final boolean temporary;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private volatile SearchCategories categories = SearchCategories.NONE;

	private volatile boolean ready;

	SearchIndex(SearchSettings settings, Environment environment) throws IOException {
		var configured = settings.indexDirectory() != null ? settings.indexDirectory()
				: StringUtils.hasText(environment.getProperty(LOCAL_DATA))
						? Path.of(environment.getRequiredProperty(LOCAL_DATA), "search-index") : null;
		Path chosen = configured;
		Directory opened = null;
		IndexWriter openedWriter = null;
		if (configured != null) {
			try {
				Files.createDirectories(configured);
				opened = FSDirectory.open(configured);
				openedWriter = writer(opened, configured);
			}
			catch (LockObtainFailedException inUse) {
				// Another process on this machine has it: this one builds its own.
				log.warn("The search index in {} is in use by another process; using a temporary one", configured);
				opened.close();
				opened = null;
			}
		}
		if (opened == null) {
			chosen = Files.createTempDirectory("agora-search-index");
			opened = FSDirectory.open(chosen);
			openedWriter = new IndexWriter(opened, config());
		}
		this.path = chosen;
		this.temporary = !chosen.equals(configured);
		this.directory = opened;
		this.writer = openedWriter;
		this.searchers = new SearcherManager(writer, new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) {
				return new Snapshot(reader);
			}
		});
	}

	/**
	 * Documents kept in the order of their names: a search sorted by name, or a
	 * suggestion, stops after the first few matches of each segment, and ties in
	 * relevance come out by name.
	 */
	private static IndexWriterConfig config() {
		return new IndexWriterConfig(SearchAnalysis.BY_FIELD).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setIndexSort(SearchFields.BY_NAME)
			.setRAMBufferSizeMB(16);
	}

	/**
	 * A writer on the index in {@code directory}, or on an empty one when what is there
	 * cannot be used (another version or order, damaged): it is built again from the
	 * catalog.
	 */
	private static IndexWriter writer(Directory directory, Path path) throws IOException {
		try {
			return new IndexWriter(directory, config());
		}
		catch (IllegalArgumentException | CorruptIndexException | IndexFormatTooOldException
				| IndexFormatTooNewException unusable) {
			log.warn("The search index in {} cannot be used ({}); building it again", path, unusable.toString());
			return new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
		}
	}

	Path path() {
		return path;
	}

	/**
	 * Where the index stood at its last commit, if it ever had one with today's fields:
	 * the catalog it was built from and the revision it reached.
	 */
	Optional<Position> committed() {
		var data = new HashMap<String, String>();
		var live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
		}
		if (!data.containsKey(CATALOG) || !data.containsKey(REVISION)
				|| !SearchFields.VERSION.equals(data.get(FIELDS))) {
			return Optional.empty();
		}
		return Optional.of(new Position(UUID.fromString(data.get(CATALOG)), Long.parseLong(data.get(REVISION))));
	}

	/** Puts the product in the index as it is now, or takes it out when off sale. */
	void put(IndexedProduct product) {
		var key = new Term(SearchFields.ID, product.id().toString());
		try {
			if (product.active()) {
				writer.updateDocument(key, SearchFields.document(product));
			}
			else {
				writer.deleteDocuments(key);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Empties the index; searches see it only at the next refresh. */
	void clear() {
		try {
			writer.deleteAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes what was written so far durable, recording where it stands. */
	void commit(Position position) {
		writer.setLiveCommitData(Map.of(CATALOG, position.catalog().toString(), REVISION,
				Long.toString(position.revision()), FIELDS, SearchFields.VERSION)
			.entrySet());
		try {
			writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes what was written so far visible to searches, with the category tree as it is
	 * now; from the first time on, the index answers searches.
	 */
	void refresh(SearchCategories tree) {
		try {
			searchers.maybeRefreshBlocking();
			if (merged()) {
				searchers.maybeRefreshBlocking();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		categories = tree;
		ready = true;
	}

	/**
	 * Merges the segments searches see when there are more than {@link #MOST_SEGMENTS}:
	 * the smaller ones into one beside the largest while they hold less than a tenth of
	 * the documents, else all into one (as after a build). So merging costs little while
	 * changes trickle in.
	 * @return whether segments were merged
	 */
	private boolean merged() throws IOException {
		int segments;
		long all;
		long largest;
		var searcher = searchers.acquire();
		try {
			var leaves = searcher.getIndexReader().leaves();
			segments = leaves.size();
			all = searcher.getIndexReader().maxDoc();
			largest = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).max().orElse(0);
		}
		finally {
			searchers.release(searcher);
		}
		if (segments <= MOST_SEGMENTS) {
			return false;
		}
		var started = System.nanoTime();
		boolean intoOne = all - largest >= all / 10;
		writer.forceMerge(intoOne ? 1 : 2);
		log.atLevel(intoOne ? Level.INFO : Level.DEBUG)
			.log("Search index: {} segments merged into {} in {} ms", segments, intoOne ? 1 : 2,
					(System.nanoTime() - started) / 1_000_000);
		return true;
	}

	/** Whether the index has been filled from the catalog, and so answers searches. */
	boolean ready() {
		return ready;
	}

	/** The category tree as of the last refresh. */
	SearchCategories categories() {
		return categories;
	}

	/** Runs {@code search} on the index as of the last refresh. */
	<T> T read(Read<T> search) {
		try {
			var snapshot = (Snapshot) searchers.acquire();
			try {
				return search.on(snapshot);
			}
			finally {
				searchers.release(snapshot);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void destroy() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
		if (temporary) {
			try (Stream<Path> files = Files.walk(path)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	/** The catalog an index was built from, and the last product revision it holds. */
	record Position(UUID catalog, long revision) {
	}

	/** A search on the index. */
	@FunctionalInterface
	interface Read<T> {

		T on(Snapshot snapshot) throws IOException;

	}

	/**
	 * The index as of one refresh, with what category counts need of it, made once per
	 * refresh rather than per search.
	 */
	static final class Snapshot extends IndexSearcher {

		/** At most this many rewritten queries are kept per refresh. */
		private static final int MAX_REWRITTEN_KEPT = 10_000;

		private final @Nullable SortedSetDocValuesReaderState categories;

		private final Map<Query, Query> rewritten = new ConcurrentHashMap<>();

		Snapshot(IndexReader reader) {
			super(reader);
			this.categories = categoriesOf(reader);
		}

		@Nullable SortedSetDocValuesReaderState categories() {
			return categories;
		}

		/**
		 * {@code query} rewritten for this snapshot, once: the name words near a misspelt
		 * word are looked for in the whole dictionary, and shoppers' typos repeat.
		 */
		Query rewrittenOnce(Query query) throws IOException {
			var kept = rewritten.get(query);
			if (kept != null) {
				return kept;
			}
			var made = rewrite(query);
			if (rewritten.size() >= MAX_REWRITTEN_KEPT) {
				rewritten.clear();
			}
			rewritten.put(query, made);
			return made;
		}

		private static @Nullable SortedSetDocValuesReaderState categoriesOf(IndexReader reader) {
			try {
				return reader.numDocs() == 0 ? null
						: new DefaultSortedSetDocValuesReaderState(reader, SearchFields.FACETS);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (IllegalArgumentException noCategoriesYet) {
				return null;
			}
		}

	}

}
