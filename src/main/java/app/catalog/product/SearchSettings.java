package app.catalog.product;

import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param currency the currency a price range is given in when the request does not say
 */
@ConfigurationProperties("agora.catalog.search")
record SearchSettings(@DefaultValue("EUR") Currency currency) {
}
