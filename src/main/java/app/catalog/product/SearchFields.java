package app.catalog.product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.UUID;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The search index's fields, and the document of a product on sale (one taken off sale
 * has none).
 */
final class SearchFields {

	/**
	 * The product's id: the key its document is replaced or deleted by; its 16 bytes in
	 * its doc values, which a page's ids are read from.
	 */
	static final String ID = "id";

	static final String SKU = "sku";

	/** Stemmed words of the name; as written, in its doc values. */
	static final String NAME = "name";

	/**
	 * The name's words as written, and each two neighbours joined ("t shirt": "tshirt").
	 */
	static final String NAME_WORDS = "name_words";

	/** Every beginning of the name's words. */
	static final String NAME_PREFIXES = "name_prefixes";

	/** The whole name's words, joined by single spaces: an exact match. */
	static final String NAME_EXACT = "name_exact";

	static final String DESCRIPTION = "description";

	/**
	 * The product's own category; searches within a category ask for its whole subtree.
	 */
	static final String CATEGORY = "category";

	static final String CURRENCY = "currency";

	/** Price in ten-thousandths, the scale of the catalog's prices. */
	static final String PRICE = "price";

	static final String CREATED_AT = "created_at";

	/** 1 when any of it can be ordered, else 0. */
	static final String IN_STOCK = "in_stock";

	static final String NAME_SORT = "name_sort";

	static final String SKU_SORT = "sku_sort";

	static final String ID_SORT = "id_sort";

	static final FacetsConfig FACETS = new FacetsConfig();

	/** By name, then id: the order documents are kept in. */
	static final Sort BY_NAME = new Sort(new SortField(NAME_SORT, SortField.Type.STRING),
			new SortField(ID_SORT, SortField.Type.STRING));

	/**
	 * The version of these fields and their analysis: an index kept on disk with another
	 * is built again. Change it with every change to what a document holds.
	 */
	static final String VERSION = "2";

	private SearchFields() {
	}

	static Document document(IndexedProduct product) {
		var id = product.id().toString();
		var document = new Document();
		document.add(new StringField(ID, id, Store.NO));
		document.add(new BinaryDocValuesField(ID, bytes(product.id())));
		document.add(new SortedDocValuesField(ID_SORT, new BytesRef(id)));
		document.add(new StringField(SKU, product.sku(), Store.NO));
		document.add(new SortedDocValuesField(SKU_SORT, new BytesRef(product.sku())));
		document.add(new TextField(NAME, product.name(), Store.NO));
		document.add(new TextField(NAME_WORDS, product.name(), Store.NO));
		document.add(new TextField(NAME_PREFIXES, product.name(), Store.NO));
		document.add(new StringField(NAME_EXACT, exactName(product.name()), Store.NO));
		document.add(new BinaryDocValuesField(NAME, new BytesRef(product.name())));
		document.add(new SortedDocValuesField(NAME_SORT, new BytesRef(product.name().toLowerCase(Locale.ROOT))));
		document.add(new TextField(DESCRIPTION, product.description(), Store.NO));
		var category = product.categoryId().toString();
		document.add(new StringField(CATEGORY, category, Store.NO));
		document.add(new SortedSetDocValuesFacetField(CATEGORY, category));
		document.add(new StringField(CURRENCY, product.currency(), Store.NO));
		var price = price(product.price());
		document.add(new LongPoint(PRICE, price));
		document.add(new NumericDocValuesField(PRICE, price));
		document.add(new NumericDocValuesField(CREATED_AT, product.createdAt().toEpochMilli()));
		int inStock = product.inStock() ? 1 : 0;
		document.add(new IntPoint(IN_STOCK, inStock));
		document.add(new NumericDocValuesField(IN_STOCK, inStock));
		try {
			return FACETS.build(document);
		}
		catch (IOException ex) {
			// Building facet fields of a document in memory does no I/O.
			throw new UncheckedIOException(ex);
		}
	}

	/** An id as its doc values keep it: its 16 bytes, read without decompressing. */
	static BytesRef bytes(UUID id) {
		return new BytesRef(ByteBuffer.allocate(16)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits())
			.array());
	}

	static UUID id(BytesRef bytes) {
		var buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

	/**
	 * A price as the index keeps it: numeric(19,4) in ten-thousandths. The few prices
	 * beyond a long's range (over 922 trillion) are kept as its largest value.
	 */
	static long price(BigDecimal amount) {
		var tenThousandths = amount.movePointRight(4).toBigInteger();
		return tenThousandths.bitLength() < Long.SIZE ? tenThousandths.longValue() : Long.MAX_VALUE;
	}

	/** The words of a name as one string, for the exact match of a whole name. */
	static String exactName(String text) {
		return String.join(" ", SearchAnalysis.words(SearchAnalysis.WORDS, text));
	}

}
