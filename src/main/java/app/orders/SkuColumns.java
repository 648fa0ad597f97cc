package app.orders;

import app.catalog.Sku;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

/**
 * How carts and orders store a SKU: as its text. The catalog maps SKUs for its own tables
 * the same way, but this module must not rely on the catalog's internals being present.
 */
final class SkuColumns {

	private SkuColumns() {
	}

	@Component
	@WritingConverter
	static class SkuToText implements Converter<Sku, String> {

		@Override
		public String convert(Sku sku) {
			return sku.value();
		}

	}

	@Component
	@ReadingConverter
	static class TextToSku implements Converter<String, Sku> {

		@Override
		public Sku convert(String text) {
			return new Sku(text);
		}

	}

}
