package app.catalog.product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How the search index splits text into words, the same for products and for what
 * shoppers type: Lucene's standard tokenizer, lower case, accents folded ("café" is
 * "cafe"). Names and descriptions are also stemmed ("jackets" is "jacket"); a name's
 * words are kept as written too, for typo tolerance ({@link SearchFields#NAME_WORDS}),
 * and with every beginning of two letters or more, for searching while typing
 * ({@link SearchFields#NAME_PREFIXES}).
 */
final class SearchAnalysis {

	/** Stemmed: "Running Shoes" is {@code run}, {@code shoe}. */
	static final Analyzer STEMMED = analyzer(true, false);

	/** As written: "Running Shoes" is {@code running}, {@code shoes}. */
	static final Analyzer WORDS = analyzer(false, false);

	/** Beginnings: "Tent" is {@code te}, {@code ten}, {@code tent}. */
	static final Analyzer PREFIXES = analyzer(false, true);

	/**
	 * As written, and each two neighbouring words joined when neither has a digit:
	 * "T-Shirt Blue 42" is {@code t}, {@code tshirt}, {@code shirt}, {@code shirtblue},
	 * {@code blue}, {@code 42}. Joined model numbers would fill the dictionary that typo
	 * tolerance searches.
	 */
	static final Analyzer JOINED = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			var tokenizer = new StandardTokenizer();
			var shingles = new ShingleFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)), 2, 2);
			shingles.setTokenSeparator("");
			return new TokenStreamComponents(tokenizer, new WordsJoinedWithoutDigits(shingles));
		}
	};

	/** What the index writer analyses each field with. */
	static final Analyzer BY_FIELD = new PerFieldAnalyzerWrapper(STEMMED,
			Map.of(SearchFields.NAME_WORDS, JOINED, SearchFields.NAME_PREFIXES, PREFIXES));

	private static final int SHORTEST_PREFIX = 2;

	private static final int LONGEST_PREFIX = 20;

	private SearchAnalysis() {
	}

	/** The words of {@code text} as {@code analyzer} makes them. */
	static List<String> words(Analyzer analyzer, String text) {
		var words = new ArrayList<String>();
		try (var stream = analyzer.tokenStream("", text)) {
			var word = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(word.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			// Text in memory: no I/O to fail.
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	/** Drops the joined words that have a digit; keeps every single word. */
	private static final class WordsJoinedWithoutDigits extends FilteringTokenFilter {

		private final TypeAttribute type = addAttribute(TypeAttribute.class);

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		WordsJoinedWithoutDigits(TokenStream input) {
			super(input);
		}

		@Override
		protected boolean accept() {
			if (!ShingleFilter.DEFAULT_TOKEN_TYPE.equals(type.type())) {
				return true;
			}
			for (int i = 0; i < term.length(); i++) {
				if (Character.isDigit(term.charAt(i))) {
					return false;
				}
			}
			return true;
		}

	}

	private static Analyzer analyzer(boolean stemmed, boolean prefixes) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				var tokenizer = new StandardTokenizer();
				TokenStream words = stemmed ? new EnglishPossessiveFilter(tokenizer) : tokenizer;
				words = new ASCIIFoldingFilter(new LowerCaseFilter(words));
				if (stemmed) {
					words = new PorterStemFilter(words);
				}
				if (prefixes) {
					words = new EdgeNGramTokenFilter(words, SHORTEST_PREFIX, LONGEST_PREFIX, true);
				}
				return new TokenStreamComponents(tokenizer, words);
			}
		};
	}

}
