package app.orders.order;

import java.time.Instant;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step in an order's history: the status it reached, when, and why.
 *
 * @param reason what moved it there, in words for the customer
 */
@Table(schema = "orders", name = "order_status_history")
record StatusChange(OrderStatus status, Instant at, String reason) implements ValueObject {
}
