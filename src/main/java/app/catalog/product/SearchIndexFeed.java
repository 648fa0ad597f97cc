package app.catalog.product;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import app.catalog.category.CategoryTreeChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps this instance's search index in step with the catalog's tables, whichever
 * instance changed them (ADR 0037). Every product and category row carries the revision
 * of its last change, and revisions commit in order (V5), so the feed asks for the rows
 * above the last one it applied. It looks every
 * {@code agora.catalog.search.revision-check-interval} (one read of the latest revisions,
 * from an index, when nothing changed), and at once after a change made through this
 * instance commits, so that an administrator finds what they just added.
 * <p>
 * On start, before the shop reports ready, it builds the index from the tables when there
 * is none for this catalog, logging its progress, or catches a kept one up. A rebuild on
 * demand ({@link #rebuild()}) replaces the whole index while searches go on with the old
 * one.
 */
@Component
class SearchIndexFeed {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexFeed.class);

	/** Rows read per query, in a build and in catching up. */
	private static final int BATCH = 2_000;

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

	/** How long writes may wait for a commit to disk: a crash loses only catching up. */
	private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final SearchIndex index;

	private final SearchRankings rankings;

	private final SearchSettings settings;

	private final ScheduledExecutorService feed = Executors.newSingleThreadScheduledExecutor(task -> {
		var thread = new Thread(task, "search-index");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean built;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private UUID catalog = new UUID(0, 0);

	private long categoriesSeen = -1;

	private SearchCategories tree = SearchCategories.NONE;

	private volatile long applied;

	private Instant committed = Instant.EPOCH;

	private boolean uncommitted;

	private volatile Instant caughtUp = Instant.now();

	SearchIndexFeed(JdbcClient jdbc, SearchIndex index, SearchRankings rankings, SearchSettings settings,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.index = index;
		this.rankings = rankings;
		this.settings = settings;
		Gauge
			.builder("agora.catalog.search.index.products", index,
					it -> it.ready() ? it.read(snapshot -> snapshot.getIndexReader().numDocs()) : 0)
			.description("Products in this instance's search index, as searches see it")
			.register(meters);
		Gauge
			.builder("agora.catalog.search.index.caught.up.age", this,
					it -> Duration.between(it.caughtUp, Instant.now()).toMillis() / 1000.0)
			.description("Time since this instance's search index last caught up with the catalog's tables")
			.baseUnit("seconds")
			.register(meters);
	}

	/** Builds or catches up the index before the shop takes traffic. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		catchUp();
		feed.scheduleWithFixedDelay(this::check, settings.revisionCheckInterval().toMillis(),
				settings.revisionCheckInterval().toMillis(), TimeUnit.MILLISECONDS);
	}

	@EventListener(ContextClosedEvent.class)
	void stop() throws InterruptedException {
		feed.shutdown();
		feed.awaitTermination(10, TimeUnit.SECONDS);
		synchronized (this) {
			if (built && uncommitted) {
				index.commit(new SearchIndex.Position(catalog, applied));
			}
		}
	}

	/** A move in the category tree changes what a search within a category finds. */
	@EventListener
	void on(CategoryTreeChanged changed) {
		catchUpAfterCommit();
	}

	/**
	 * Applies the current transaction's changes to the index once it commits (at once
	 * without one). Call it with every change that can move a product into, out of or
	 * within a search's results.
	 */
	void catchUpAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Once per transaction, however many products it changes.
			if (TransactionSynchronizationManager.hasResource(this)) {
				return;
			}
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(SearchIndexFeed.this);
				}

				@Override
				public void afterCommit() {
					try {
						catchUp();
					}
					catch (RuntimeException ex) {
						// The change is committed; the next look applies it.
						log.warn("Could not catch the search index up at once: {}", ex.toString());
					}
				}
			});
		}
		else {
			catchUp();
		}
	}

	/**
	 * Builds the whole index afresh from the tables, in the background, unless a rebuild
	 * is running already.
	 */
	void rebuild() {
		if (!rebuilding.compareAndSet(false, true)) {
			return;
		}
		feed.execute(() -> {
			try {
				synchronized (this) {
					build(head());
					apply(head());
				}
			}
			catch (RuntimeException ex) {
				log.error("Rebuilding the search index failed; it goes on as it was, caught up as before", ex);
			}
			finally {
				rebuilding.set(false);
			}
		});
	}

	SearchIndexStatus status() {
		return new SearchIndexStatus(index.read(snapshot -> (long) snapshot.getIndexReader().numDocs()), onSale(),
				applied, rebuilding.get());
	}

	private void check() {
		try {
			catchUp();
		}
		catch (DataAccessException ex) {
			// No database, no search answered either: the next look tells.
			log.debug("Could not read the catalog's changes", ex);
		}
		catch (RuntimeException ex) {
			log.error("Could not apply the catalog's changes to the search index; trying again", ex);
		}
	}

	/**
	 * Applies every change committed since the last look, building the index first if
	 * needed.
	 */
	synchronized void catchUp() {
		var head = head();
		if (!built) {
			var kept = index.committed();
			if (kept.isPresent() && kept.get().catalog().equals(head.catalog())) {
				catalog = head.catalog();
				applied = kept.get().revision();
				log.info("Search index in {} kept; catching up from revision {}", index.path(), applied);
			}
			else {
				build(head);
			}
		}
		if (head.products() > applied || head.categories() != categoriesSeen) {
			apply(head);
		}
		if (uncommitted && Duration.between(committed, Instant.now()).compareTo(COMMIT_EVERY) >= 0) {
			commit();
		}
		caughtUp = Instant.now();
	}

	private void apply(Head head) {
		long changed = 0;
		while (true) {
			var rows = batch("p.search_revision > :from ORDER BY p.search_revision", applied);
			for (var product : rows) {
				index.put(product);
				applied = product.revision();
			}
			changed += rows.size();
			if (rows.size() < BATCH) {
				break;
			}
		}
		if (head.categories() != categoriesSeen) {
			tree = readCategories();
			categoriesSeen = head.categories();
		}
		index.refresh(tree);
		rankings.forget();
		uncommitted |= changed > 0;
		built = true;
		if (changed > 0) {
			log.debug("Search index caught up to revision {}: {} products changed", applied, changed);
		}
	}

	/**
	 * Replaces the index's content with every product on sale, read in batches by id. The
	 * index stands at the highest revision committed before the read began: every row at
	 * or below it is read, and anything committed since is caught up after.
	 */
	private void build(Head head) {
		var started = Instant.now();
		long onSale = onSale();
		log.info("Building the search index in {} from the catalog: {} products on sale", index.path(), onSale);
		index.clear();
		// PostgreSQL orders uuids by their bytes, unsigned: none is below all zeros.
		var after = new UUID(0, 0);
		long done = 0;
		var reported = started;
		while (true) {
			var rows = batch("p.active AND p.id > :from ORDER BY p.id", after);
			rows.forEach(index::put);
			done += rows.size();
			if (rows.size() < BATCH) {
				break;
			}
			after = rows.get(rows.size() - 1).id();
			if (Duration.between(reported, Instant.now()).compareTo(PROGRESS_EVERY) >= 0) {
				reported = Instant.now();
				log.info("Search index: {} of {} products ({}%)", done, onSale, done * 100 / Math.max(1, onSale));
			}
		}
		catalog = head.catalog();
		applied = head.products();
		categoriesSeen = -1;
		commit();
		log.info("Search index built: {} products in {} ms", done, Duration.between(started, Instant.now()).toMillis());
	}

	/** The next rows of the products, {@code BATCH} at most, from {@code from} on. */
	private List<IndexedProduct> batch(String condition, Object from) {
		return jdbc
			.sql("SELECT " + IndexedProduct.COLUMNS + " FROM " + IndexedProduct.FROM + " WHERE " + condition
					+ " LIMIT :batch")
			.param("from", from)
			.param("batch", BATCH)
			.query(IndexedProduct::of)
			.list();
	}

	private long onSale() {
		return jdbc.sql("SELECT count(*) FROM catalog.products WHERE active").query(Long.class).single();
	}

	private void commit() {
		index.commit(new SearchIndex.Position(catalog, applied));
		committed = Instant.now();
		uncommitted = false;
	}

	private Head head() {
		return jdbc.sql("""
				SELECT (SELECT coalesce(max(search_revision), 0) FROM catalog.products) AS products,
				       (SELECT coalesce(max(search_revision), 0) FROM catalog.categories) AS categories,
				       catalog_id
				FROM catalog.search_revision""")
			.query((row, number) -> new Head(row.getLong("products"), row.getLong("categories"),
					row.getObject("catalog_id", UUID.class)))
			.single();
	}

	private SearchCategories readCategories() {
		return new SearchCategories(jdbc.sql("SELECT id, name, parent_id FROM catalog.categories")
			.query((row, number) -> Map.entry(row.getObject("id", UUID.class),
					new SearchCategories.Node(row.getString("name"), row.getObject("parent_id", UUID.class))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	/**
	 * The latest revisions committed to products and to categories, and which catalog
	 * this is.
	 */
	private record Head(long products, long categories, UUID catalog) {
	}

}
