package app.database;

import java.util.ArrayList;
import java.util.Currency;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.spring.IdentifierToPrimitivesConverter;
import org.jmolecules.spring.PrimitivesToIdentifierConverter;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.repository.config.JdbcConfiguration;

/**
 * How values that are not plain JDBC types map to columns, the same in every module:
 * jMolecules identifiers (records wrapping a UUID) to {@code uuid}, currencies to their
 * ISO code. A module adds a mapping of its own by declaring a converter bean annotated
 * with {@link ReadingConverter} or {@link WritingConverter}.
 */
@Configuration(proxyBeanMethods = false)
class ColumnConversions {

	@Bean
	JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect, ApplicationContext context) {
		var converters = new ArrayList<Object>();
		converters.add(new IdentifierToUuid());
		converters.add(new UuidToIdentifier());
		converters.add(new CurrencyToCode());
		converters.add(new CodeToCurrency());
		converters.addAll(context.getBeansWithAnnotation(ReadingConverter.class).values());
		converters.addAll(context.getBeansWithAnnotation(WritingConverter.class).values());
		return JdbcConfiguration.createCustomConversions(dialect, converters);
	}

	private static final TypeDescriptor UUID_TYPE = TypeDescriptor.valueOf(UUID.class);

	@WritingConverter
	static class IdentifierToUuid implements Converter<Identifier, UUID> {

		private final IdentifierToPrimitivesConverter delegate = new IdentifierToPrimitivesConverter(
				DefaultConversionService::getSharedInstance);

		@Override
		public UUID convert(Identifier identifier) {
			return (UUID) delegate.convert(identifier, TypeDescriptor.forObject(identifier), UUID_TYPE);
		}

	}

	@ReadingConverter
	static class UuidToIdentifier implements ConverterFactory<UUID, Identifier> {

		private final PrimitivesToIdentifierConverter delegate = new PrimitivesToIdentifierConverter(
				DefaultConversionService::getSharedInstance);

		@Override
		public <T extends Identifier> Converter<UUID, T> getConverter(Class<T> type) {
			return uuid -> type.cast(delegate.convert(uuid, UUID_TYPE, TypeDescriptor.valueOf(type)));
		}

	}

	@WritingConverter
	static class CurrencyToCode implements Converter<Currency, String> {

		@Override
		public String convert(Currency currency) {
			return currency.getCurrencyCode();
		}

	}

	@ReadingConverter
	static class CodeToCurrency implements Converter<String, Currency> {

		@Override
		public Currency convert(String code) {
			return Currency.getInstance(code);
		}

	}

}
