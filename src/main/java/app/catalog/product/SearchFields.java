package app.catalog.product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import app.catalog.CategoryId;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;

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
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The search index's fields, and the document of a product on sale (one taken off sale
 * has none).
 */
final class SearchFields {

	/** The product's id: the key its document is replaced or deleted by. */
	static final String ID = "id";

	/**
	 * What a page of results shows of the product ({@link ProductSummary}), in its doc
	 * values: one read per hit, without decompressing a block of stored fields.
	 */
	static final String SUMMARY = "summary";

	static final String SKU = "sku";

	/** Stemmed words of the name. */
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
	static final String VERSION = "3";

	private SearchFields() {
	}

	static Document document(IndexedProduct product) {
		var id = product.id().toString();
		var document = new Document();
		document.add(new StringField(ID, id, Store.NO));
		document.add(new BinaryDocValuesField(SUMMARY, summary(product)));
		document.add(new SortedDocValuesField(ID_SORT, new BytesRef(id)));
		document.add(new StringField(SKU, product.sku(), Store.NO));
		document.add(new SortedDocValuesField(SKU_SORT, new BytesRef(product.sku())));
		document.add(new TextField(NAME, product.name(), Store.NO));
		document.add(new TextField(NAME_WORDS, product.name(), Store.NO));
		document.add(new TextField(NAME_PREFIXES, product.name(), Store.NO));
		document.add(new StringField(NAME_EXACT, exactName(product.name()), Store.NO));
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

	/** A product's summary as its doc values keep it. */
	static BytesRef summary(IndexedProduct product) {
		var out = new ByteBuffersDataOutput();
		try {
			write(out, product.id());
			out.writeString(product.sku());
			out.writeString(product.name());
			out.writeString(product.price().toString());
			out.writeString(product.currency());
			write(out, product.categoryId());
			out.writeByte((byte) (product.inStock() ? 1 : 0));
			out.writeLong(product.createdAt().getEpochSecond());
			out.writeVInt(product.createdAt().getNano());
		}
		catch (IOException ex) {
			// Writing to memory does no I/O.
			throw new UncheckedIOException(ex);
		}
		return new BytesRef(out.toArrayCopy());
	}

	static ProductSummary summary(BytesRef bytes) throws IOException {
		var in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
		return new ProductSummary(new ProductId(uuid(in)), new Sku(in.readString()), in.readString(),
				new Money(new BigDecimal(in.readString()), Currency.getInstance(in.readString())),
				new CategoryId(uuid(in)), in.readByte() == 1, Instant.ofEpochSecond(in.readLong(), in.readVInt()));
	}

	private static void write(DataOutput out, UUID id) throws IOException {
		out.writeLong(id.getMostSignificantBits());
		out.writeLong(id.getLeastSignificantBits());
	}

	private static UUID uuid(ByteArrayDataInput in) throws IOException {
		return new UUID(in.readLong(), in.readLong());
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
