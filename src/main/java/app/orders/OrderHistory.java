package app.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;
import app.users.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the orders directly: the history of fulfilled orders,
 * page by page, for a module that rebuilds a read model from it (the events it learnt
 * from are gone once delivered). Everything that changes an order happens through the
 * module's own endpoints and events. Read in SQL straight into {@link FulfilledOrder}s,
 * two queries a page, rather than loading each order with its history.
 */
@Service
@Transactional(readOnly = true)
public class OrderHistory {

	/** The most orders one page holds. */
	public static final int MAX_PAGE = 1000;

	private final JdbcClient jdbc;

	OrderHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Fulfilled orders (confirmed, shipped or delivered) in the order of their ids: the
	 * next page starts after the last order of the one before.
	 * @param after the last order of the previous page; none for the first page
	 * @param limit how many orders at most, up to {@link #MAX_PAGE}
	 */
	public List<FulfilledOrder> fulfilled(@Nullable OrderId after, int limit) {
		if (limit < 1 || limit > MAX_PAGE) {
			throw new IllegalArgumentException("a page holds 1 to %d orders, not %d".formatted(MAX_PAGE, limit));
		}
		var orders = new LinkedHashMap<UUID, Header>();
		jdbc.sql("""
				SELECT id, customer_id, total_amount, total_currency, placed_at FROM orders.orders
				WHERE status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED') AND (CAST(:after AS uuid) IS NULL OR id > :after)
				ORDER BY id LIMIT :limit""")
			.param("after", after == null ? null : after.id())
			.param("limit", limit)
			.query((row, number) -> new Header(row.getObject("id", UUID.class),
					new UserId(row.getObject("customer_id", UUID.class)),
					new Money(row.getBigDecimal("total_amount"), Currency.getInstance(row.getString("total_currency"))),
					row.getTimestamp("placed_at").toInstant()))
			.list()
			.forEach(header -> orders.put(header.id(), header));
		if (orders.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<OrderLine>> lines = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT order_id, product_id, sku, name, unit_price_amount, unit_price_currency, quantity
				FROM orders.order_lines WHERE order_id IN (:orders) ORDER BY order_id, position""")
			.param("orders", orders.keySet())
			.query((row, number) -> {
				lines.computeIfAbsent(row.getObject("order_id", UUID.class), id -> new ArrayList<>())
					.add(new OrderLine(new ProductId(row.getObject("product_id", UUID.class)),
							new Sku(row.getString("sku")), row.getString("name"),
							new Money(row.getBigDecimal("unit_price_amount"),
									Currency.getInstance(row.getString("unit_price_currency"))),
							row.getInt("quantity")));
				return true;
			})
			.list();
		return orders.values()
			.stream()
			.map(order -> new FulfilledOrder(new OrderId(order.id()), order.customer(), lines.get(order.id()),
					order.total(), order.placedAt()))
			.toList();
	}

	private record Header(UUID id, UserId customer, Money total, Instant placedAt) {
	}

}
