package app.orders.order;

import java.time.Duration;

/**
 * How long an order with reserved stock waits for a card before it is cancelled, so that
 * abandoned orders do not hold stock for ever.
 *
 * @param checkInterval how often overdue orders are looked for
 */
public record PaymentWindow(Duration duration, Duration checkInterval) {
}
