package app.catalog.product;

import java.util.Map;

import app.catalog.Attributes;
import app.catalog.Sku;
import org.postgresql.util.PGobject;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the product's own value types are stored: a SKU as text, attributes as a
 * {@code jsonb} object.
 */
final class ColumnMappings {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private ColumnMappings() {
	}

	/** Attributes from the JSON object they are stored as. */
	static Attributes attributesFromJson(String json) {
		return new Attributes(JSON.readValue(json, STRING_MAP));
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

	@Component
	@WritingConverter
	static class AttributesToJsonb implements Converter<Attributes, PGobject> {

		@Override
		public PGobject convert(Attributes attributes) {
			try {
				var json = new PGobject();
				json.setType("jsonb");
				json.setValue(JSON.writeValueAsString(attributes.values()));
				return json;
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	@Component
	@ReadingConverter
	static class JsonbToAttributes implements Converter<PGobject, Attributes> {

		@Override
		public Attributes convert(PGobject json) {
			return attributesFromJson(json.getValue());
		}

	}

}
