package app.web;

import java.util.Currency;
import java.util.Iterator;

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
 * Makes the OpenAPI document describe values as they travel in JSON: identifiers (records
 * wrapping a UUID, written as the bare UUID) as {@code uuid} strings, and currencies as
 * their ISO 4217 code, not as Java objects.
 */
@Component
class ApiDocumentation implements ModelConverter {

	@Override
	public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		JavaType javaType = Json.mapper().constructType(type.getType());
		if (javaType != null && Identifier.class.isAssignableFrom(javaType.getRawClass())) {
			return new UUIDSchema();
		}
		if (javaType != null && Currency.class.equals(javaType.getRawClass())) {
			return new StringSchema().pattern("^[A-Z]{3}$").example("EUR").description("ISO 4217 currency code");
		}
		return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
	}

}
