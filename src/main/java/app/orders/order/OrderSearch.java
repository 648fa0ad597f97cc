package app.orders.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.UUID;

import app.money.Money;
import app.orders.OrderId;
import app.users.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of orders, newest first, straight from SQL into summaries: a page costs two
 * queries whatever its size, instead of loading every order with its lines and history.
 */
@Component
@Transactional(readOnly = true)
class OrderSearch {

	private static final String SUMMARY = """
			SELECT o.id, o.customer_id, o.status, o.payment_status, o.total_amount, o.total_currency, o.placed_at,
			       (SELECT coalesce(sum(l.quantity), 0) FROM orders.order_lines l WHERE l.order_id = o.id) AS items
			FROM orders.orders o""";

	private final JdbcClient jdbc;

	OrderSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Which orders an administrator looks for; every criterion left out matches all.
	 *
	 * @param placedFrom placed at or after this
	 * @param placedBefore placed before this
	 */
	record Filter(@Nullable OrderStatus status, @Nullable UserId customer, @Nullable Instant placedFrom,
			@Nullable Instant placedBefore) {

		/** Instants PostgreSQL can compare with a timestamp; anything else is a typo. */
		private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

		private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

		Filter {
			for (var instant : new Instant[] { placedFrom, placedBefore }) {
				if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
					throw new InvalidOrderQuery("%s is not a date orders can be placed at".formatted(instant));
				}
			}
		}

		static Filter byCustomer(UserId customer) {
			return new Filter(null, customer, null, null);
		}

	}

	Page<OrderSummary> find(Filter filter, Pageable pageable) {
		var conditions = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (filter.status() != null) {
			conditions.add("o.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.customer() != null) {
			conditions.add("o.customer_id = :customer");
			params.put("customer", filter.customer().id());
		}
		if (filter.placedFrom() != null) {
			conditions.add("o.placed_at >= :from");
			params.put("from", Timestamp.from(filter.placedFrom()));
		}
		if (filter.placedBefore() != null) {
			conditions.add("o.placed_at < :before");
			params.put("before", Timestamp.from(filter.placedBefore()));
		}
		var where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		var content = jdbc.sql(SUMMARY + where + " ORDER BY o.placed_at DESC, o.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(OrderSearch::summary)
			.list();
		// Only a page that might not be the last needs the total counted.
		if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
			return new PageImpl<>(content, pageable, content.size());
		}
		long total = jdbc.sql("SELECT count(*) FROM orders.orders o" + where).params(params).query(Long.class).single();
		return new PageImpl<>(content, pageable, total);
	}

	private static OrderSummary summary(ResultSet row, int number) throws SQLException {
		return new OrderSummary(new OrderId(row.getObject("id", UUID.class)),
				new UserId(row.getObject("customer_id", UUID.class)), OrderStatus.valueOf(row.getString("status")),
				PaymentStatus.valueOf(row.getString("payment_status")),
				new Money(row.getBigDecimal("total_amount"), Currency.getInstance(row.getString("total_currency"))),
				row.getInt("items"), row.getTimestamp("placed_at").toInstant());
	}

}
