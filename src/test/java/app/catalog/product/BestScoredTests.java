package app.catalog.product;

import static org.apache.lucene.search.BooleanClause.Occur.FILTER;
import static org.apache.lucene.search.BooleanClause.Occur.MUST;
import static org.apache.lucene.search.BooleanClause.Occur.SHOULD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BestScoredTests {

	static final int PRODUCTS = 5_000;

	/** Named by two words: shorter names than the rest, so these score highest. */
	static final List<Integer> BEST = List.of(2_500, PRODUCTS - 1);

	ByteBuffersDirectory directory = new ByteBuffersDirectory();

	DirectoryReader reader;

	@BeforeEach
	void manyProductsNamedAlike() throws IOException {
		try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (int i = 0; i < PRODUCTS; i++) {
				var product = new Document();
				product.add(new TextField("name", BEST.contains(i) ? "classic jacket" : "classic jacket red " + i,
						Store.NO));
				product.add(new TextField("description", "a classic jacket in red, made to last", Store.NO));
				product.add(new StringField("currency", "EUR", Store.NO));
				writer.addDocument(product);
			}
			writer.forceMerge(1);
		}
		reader = DirectoryReader.open(directory);
	}

	@AfterEach
	void close() throws IOException {
		reader.close();
		directory.close();
	}

	@Test
	void findsTheSamePageAsScoringEveryMatch() throws IOException {
		var searcher = new IndexSearcher(reader);
		for (var query : new Query[] { words("jacket"), words("classic", "jacket") }) {
			var page = searcher.search(query, new BestScored(20));
			var everyMatchScored = searcher.search(query, new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE));

			assertThat(page.scoreDocs).extracting(hit -> hit.doc)
				.containsExactlyElementsOf(Arrays.stream(everyMatchScored.scoreDocs).map(hit -> hit.doc).toList());
			assertThat(page.scoreDocs).extracting(hit -> hit.doc)
				.startsWith(BEST.toArray(Integer[]::new))
				.contains(0, 1, 2);
		}
	}

	@Test
	void skipsMatchesThatCanOnlyTieWithThePage() throws IOException {
		var page = new IndexSearcher(reader).search(words("jacket"), new BestScored(20));

		// Every match it looked at is counted: Lucene alone scores every tied match.
		assertThat(page.totalHits.value).isLessThan(PRODUCTS / 10);
	}

	/**
	 * As the shop asks: every word, in the name (which counts more) or the description,
	 * among the products priced in a currency.
	 */
	static Query words(String... words) {
		var every = new BooleanQuery.Builder().add(new TermQuery(new Term("currency", "EUR")), FILTER);
		for (var word : words) {
			every.add(new BooleanQuery.Builder().add(new BoostQuery(new TermQuery(new Term("name", word)), 3), SHOULD)
				.add(new TermQuery(new Term("description", word)), SHOULD)
				.build(), MUST);
		}
		return every.build();
	}

}
