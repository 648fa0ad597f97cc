package app.recommendations.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import app.orders.OrderHistory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param rebuildPageSize how many orders a rebuild asks the orders' history for at once,
 * and so how often it logs its progress
 */
@Validated
@ConfigurationProperties("agora.recommendations")
record RecommendationsSettings(@Min(1) @Max(OrderHistory.MAX_PAGE) @DefaultValue("500") int rebuildPageSize) {
}
