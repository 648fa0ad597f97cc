package app.catalog.inventory;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param lowStockThreshold {@link app.catalog.StockLow} is published when a SKU's
 * available units fall below this
 */
@Validated
@ConfigurationProperties("agora.catalog.inventory")
record InventorySettings(@PositiveOrZero @DefaultValue("5") int lowStockThreshold) {
}
