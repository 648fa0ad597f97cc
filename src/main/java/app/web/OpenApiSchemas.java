package app.web;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import org.jmolecules.ddd.types.Identifier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes the OpenAPI document describe values as they travel in JSON and as the server
 * validates them: identifiers (records wrapping a UUID, written as the bare UUID) as
 * {@code uuid} strings, currencies as their ISO 4217 code, and the constraints of a
 * record's components that springdoc does not read or reads wrongly, so that the document
 * cannot drift from the annotations the server checks.
 */
@Component
class OpenApiSchemas implements ModelConverter {

	static final String COUNTRY_CODE = "CountryCode";

	static final String CURRENCY_CODE = "CurrencyCode";

	@Override
	public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		JavaType javaType = Json.mapper().constructType(type.getType());
		if (javaType != null && Identifier.class.isAssignableFrom(javaType.getRawClass())) {
			return new UUIDSchema();
		}
		if (javaType != null && Currency.class.equals(javaType.getRawClass())) {
			return currencyCode(context);
		}
		var resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (resolved != null && javaType != null && javaType.getRawClass().isRecord()) {
			var model = resolved.get$ref() == null ? resolved : context.getDefinedModels()
				.get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
			if (model != null && model.getProperties() != null) {
				constrain(model, javaType.getRawClass(), context);
			}
		}
		return resolved;
	}

	private static void constrain(Schema<?> model, Class<?> record, ModelConverterContext context) {
		for (RecordComponent component : record.getRecordComponents()) {
			var name = component.getName();
			Schema<?> property = model.getProperties().get(name);
			var field = field(record, name);
			if (property == null || field == null) {
				continue;
			}
			// Springdoc writes @Size's default min of 0 over @NotBlank's 1.
			if (field.isAnnotationPresent(NotBlank.class)
					&& (property.getMinLength() == null || property.getMinLength() < 1)) {
				property.setMinLength(1);
			}
			if (field.isAnnotationPresent(PlainText.class) && property.getPattern() == null) {
				property.setPattern(PlainText.PATTERN);
			}
			if (field.isAnnotationPresent(CountryCode.class)) {
				model.getProperties().put(name, countryCode(context));
			}
			// Our packages are @NullMarked: a component that may not be null is always
			// there, in an answer (nulls are left out) and in a request (validated).
			if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)
					&& (model.getRequired() == null || !model.getRequired().contains(name))) {
				model.addRequiredItem(name);
			}
		}
	}

	/** Every code the JDK's Currency knows, which is what Jackson accepts. */
	private static Schema<?> currencyCode(ModelConverterContext context) {
		return codeList(context, CURRENCY_CODE, "An ISO 4217 currency code", "EUR",
				Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
	}

	private static Schema<?> countryCode(ModelConverterContext context) {
		return codeList(context, COUNTRY_CODE, "An ISO 3166-1 alpha-2 country code", "DE",
				new ArrayList<>(CountryCode.CODES));
	}

	/** A list of codes defined once in the document, and a reference to it. */
	private static Schema<?> codeList(ModelConverterContext context, String name, String description, String example,
			List<String> codes) {
		if (!context.getDefinedModels().containsKey(name)) {
			var schema = new StringSchema().description(description).example(example);
			schema.setEnum(codes);
			context.defineModel(name, schema);
		}
		return new Schema<>().$ref("#/components/schemas/" + name);
	}

	private static @Nullable AnnotatedElement field(Class<?> record, String name) {
		try {
			return record.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			return null;
		}
	}

}
