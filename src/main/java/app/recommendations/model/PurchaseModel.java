package app.recommendations.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import app.orders.OrderCancelled;
import app.orders.OrderConfirmed;
import app.orders.OrderId;
import app.orders.OrderLine;
import app.users.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts what customers buy: each confirmed order once into the popularity of its
 * products, the co-purchases of each pair of them and its customer's history, however
 * often and in whatever order its events arrive, and takes it back out if it is
 * cancelled. What the order listener calls: public so that a test can make it fail.
 * <p>
 * Writers lock rows table by table (orders, lines, products, popularity, co-purchases),
 * each table's rows in id order, so that concurrent orders sharing products wait for each
 * other instead of deadlocking. A read model of counts, so SQL: increments, upserts and
 * set-based deletes, each atomic, which {@code save} cannot say.
 */
@Service
public class PurchaseModel {

	private static final Logger log = LoggerFactory.getLogger(PurchaseModel.class);

	private final JdbcClient jdbc;

	private final ModelLock lock;

	private final KnownProducts products;

	PurchaseModel(JdbcClient jdbc, ModelLock lock, KnownProducts products) {
		this.jdbc = jdbc;
		this.lock = lock;
		this.products = products;
	}

	/**
	 * Counts a confirmed order, unless it was counted or cancelled before.
	 * @return whether this counted it
	 * @throws RebuildInProgress while the model is rebuilt, to be delivered again later
	 */
	@Transactional
	public boolean count(OrderConfirmed confirmed) {
		lock.share();
		return record(confirmed.orderId(), confirmed.customerId(), confirmed.lines());
	}

	/**
	 * Takes a cancelled order back out of the counts if it was counted, and makes sure it
	 * is never counted if its confirmation arrives late.
	 * @return whether this took a counted order out
	 * @throws RebuildInProgress while the model is rebuilt, to be delivered again later
	 */
	@Transactional
	public boolean takeBack(OrderCancelled cancelled) {
		lock.share();
		var order = cancelled.orderId().id();
		// Waits for a confirmation of the same order being counted right now, if any.
		int neverCounted = jdbc.sql("""
				INSERT INTO recommendations.orders (id, customer_id, status) VALUES (:order, :customer, 'CANCELLED')
				ON CONFLICT (id) DO NOTHING""")
			.param("order", order)
			.param("customer", cancelled.customerId().id())
			.update();
		if (neverCounted == 1) {
			return false;
		}
		int counted = jdbc
			.sql("UPDATE recommendations.orders SET status = 'CANCELLED' WHERE id = ? AND status = 'COUNTED'")
			.param(order)
			.update();
		if (counted == 0) {
			return false;
		}
		subtract(order);
		jdbc.sql("DELETE FROM recommendations.order_lines WHERE order_id = ?").param(order).update();
		log.debug("Took cancelled order {} out of the recommendations", order);
		return true;
	}

	/**
	 * Counts an order unless the model knows it already: what listeners and the rebuild
	 * share.
	 * @return whether this counted it
	 */
	boolean record(OrderId orderId, UserId customer, List<OrderLine> lines) {
		var order = orderId.id();
		int fresh = jdbc.sql("""
				INSERT INTO recommendations.orders (id, customer_id, status) VALUES (:order, :customer, 'COUNTED')
				ON CONFLICT (id) DO NOTHING""").param("order", order).param("customer", customer.id()).update();
		if (fresh == 0) {
			return false;
		}
		for (var line : unitsByProduct(lines).entrySet()) {
			jdbc.sql("INSERT INTO recommendations.order_lines (order_id, product_id, quantity) VALUES (?, ?, ?)")
				.params(order, line.getKey(), line.getValue())
				.update();
		}
		products.ordered(lines);
		jdbc.sql("""
				INSERT INTO recommendations.popularity (product_id, orders, units)
				SELECT product_id, 1, quantity FROM recommendations.order_lines WHERE order_id = :order
				ORDER BY product_id
				ON CONFLICT (product_id)
				DO UPDATE SET orders = popularity.orders + 1, units = popularity.units + excluded.units""")
			.param("order", order)
			.update();
		jdbc.sql("""
				INSERT INTO recommendations.co_purchases (product_id, partner_id, orders)
				SELECT line.product_id, partner.product_id, 1
				FROM recommendations.order_lines line
				JOIN recommendations.order_lines partner
				  ON partner.order_id = line.order_id AND partner.product_id <> line.product_id
				WHERE line.order_id = :order
				ORDER BY line.product_id, partner.product_id
				ON CONFLICT (product_id, partner_id) DO UPDATE SET orders = co_purchases.orders + 1""")
			.param("order", order)
			.update();
		log.debug("Counted order {} for the recommendations", order);
		return true;
	}

	/**
	 * Forgets every counted order and every count; the marks of cancelled orders stay, so
	 * that a confirmation still on its way cannot count one.
	 */
	void clear() {
		jdbc.sql("DELETE FROM recommendations.co_purchases").update();
		jdbc.sql("DELETE FROM recommendations.popularity").update();
		jdbc.sql("DELETE FROM recommendations.orders WHERE status = 'COUNTED'").update();
	}

	/*
	 * Counts that reach zero go, the others go down by one order; rows locked first in
	 * the order every writer locks them.
	 */
	private void subtract(UUID order) {
		jdbc.sql("""
				SELECT p.product_id FROM recommendations.popularity p
				JOIN recommendations.order_lines l ON l.product_id = p.product_id AND l.order_id = :order
				ORDER BY p.product_id FOR UPDATE OF p""").param("order", order).query(UUID.class).list();
		jdbc.sql("""
				DELETE FROM recommendations.popularity p USING recommendations.order_lines l
				WHERE l.order_id = :order AND p.product_id = l.product_id AND p.orders = 1""")
			.param("order", order)
			.update();
		jdbc.sql("""
				UPDATE recommendations.popularity p SET orders = p.orders - 1, units = p.units - l.quantity
				FROM recommendations.order_lines l WHERE l.order_id = :order AND p.product_id = l.product_id""")
			.param("order", order)
			.update();
		jdbc.sql(
				"""
						SELECT c.product_id
						FROM recommendations.co_purchases c, recommendations.order_lines line, recommendations.order_lines partner
						WHERE line.order_id = :order AND partner.order_id = :order
						  AND c.product_id = line.product_id AND c.partner_id = partner.product_id
						ORDER BY c.product_id, c.partner_id FOR UPDATE OF c""")
			.param("order", order)
			.query(UUID.class)
			.list();
		jdbc.sql("""
				DELETE FROM recommendations.co_purchases c
				USING recommendations.order_lines line, recommendations.order_lines partner
				WHERE line.order_id = :order AND partner.order_id = :order
				  AND c.product_id = line.product_id AND c.partner_id = partner.product_id AND c.orders = 1""")
			.param("order", order)
			.update();
		jdbc.sql("""
				UPDATE recommendations.co_purchases c SET orders = c.orders - 1
				FROM recommendations.order_lines line, recommendations.order_lines partner
				WHERE line.order_id = :order AND partner.order_id = :order
				  AND c.product_id = line.product_id AND c.partner_id = partner.product_id""")
			.param("order", order)
			.update();
	}

	/**
	 * One count per product, in id order: an order listing a product twice buys the sum.
	 */
	private static Map<UUID, Integer> unitsByProduct(List<OrderLine> lines) {
		return lines.stream()
			.collect(Collectors.toMap(line -> line.productId().id(), OrderLine::quantity, Integer::sum, TreeMap::new));
	}

}
