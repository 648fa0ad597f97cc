package app.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits every HTTP API shares.
 *
 * @param maxRequestBody the largest request body accepted; larger ones are a 413
 */
@Validated
@ConfigurationProperties("agora.web")
record WebSettings(@NotNull @DefaultValue("256KB") DataSize maxRequestBody) {
}
