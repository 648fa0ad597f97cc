package app.catalog.inventory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.catalog.CommitStock;
import app.catalog.ReleaseStock;
import app.catalog.ReserveStock;
import app.catalog.Sku;
import app.catalog.StockLine;
import app.catalog.StockReservationRejected.Shortage;
import app.catalog.product.Products;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stock of every SKU and the reservations of orders. Each operation is one
 * transaction that locks the stock rows it touches in SKU order, so concurrent orders for
 * the last units queue up instead of overselling, and records the reservation's new
 * status with it, so a command handled twice has no further effect.
 */
@Service
@Transactional
public class Inventory {

	private static final Logger log = LoggerFactory.getLogger(Inventory.class);

	private final StockItems items;

	private final StockReservations reservations;

	private final Products products;

	private final InventorySettings settings;

	private final Clock clock;

	private final JdbcClient jdbc;

	Inventory(StockItems items, StockReservations reservations, Products products, InventorySettings settings,
			Clock clock, JdbcClient jdbc) {
		this.items = items;
		this.reservations = reservations;
		this.products = products;
		this.settings = settings;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Reserves every line of the order, or none of them. */
	public void reserve(ReserveStock command) {
		lockOrder(command.orderId());
		var lines = mergedBySku(command.lines());
		var stock = lock(lines);
		// Checked after locking: a concurrent delivery of the same command has committed
		// by now.
		if (reservations.findById(new StockReservationId(command.orderId())).isPresent()) {
			log.debug("Stock for order {} was already handled", command.orderId());
			return;
		}
		var shortages = new ArrayList<Shortage>();
		for (var line : lines) {
			var item = stock.get(line.sku());
			int available = item == null ? 0 : item.getAvailable();
			if (available < line.quantity()) {
				shortages.add(new Shortage(line.sku(), line.quantity(), available));
			}
		}
		if (!shortages.isEmpty()) {
			reservations.save(StockReservation.rejected(command.orderId(), lines, shortages, clock.instant()));
			log.info("Could not reserve stock for order {}: {}", command.orderId(), shortages);
			return;
		}
		lines.forEach(line -> stock.get(line.sku()).reserve(line.quantity(), settings.lowStockThreshold()));
		reservations.save(StockReservation.reserved(command.orderId(), lines, clock.instant()));
		stock.values().forEach(items::save);
		log.info("Reserved stock for order {}: {}", command.orderId(), lines);
	}

	/**
	 * Gives back what the order holds: reserved units become available, sold ones go back
	 * on hand.
	 */
	public void release(ReleaseStock command) {
		lockOrder(command.orderId());
		var found = reservations.findLockedById(new StockReservationId(command.orderId()));
		if (found.isEmpty()) {
			reservations.save(StockReservation.releasedUnreserved(command.orderId(), clock.instant()));
			log.info("Released stock for order {} before any was reserved", command.orderId());
			return;
		}
		var reservation = found.get();
		if (!reservation.holdsReservedUnits() && !reservation.holdsSoldUnits()) {
			return;
		}
		var sold = reservation.holdsSoldUnits();
		reservation.release(clock.instant());
		var stock = lock(reservation.getLines());
		for (var line : reservation.getLines()) {
			var item = stock.get(line.sku());
			if (sold) {
				item.restock(line.quantity());
			}
			else {
				item.release(line.quantity());
			}
		}
		reservations.save(reservation);
		stock.values().forEach(items::save);
		log.info("Released stock for order {}", command.orderId());
	}

	/** Turns the order's reservation into a sale. */
	public void commit(CommitStock command) {
		var reservation = reservations.findLockedById(new StockReservationId(command.orderId()))
			.orElseThrow(() -> new IllegalStateException("Order " + command.orderId() + " has no stock to commit"));
		if (reservation.holdsSoldUnits()) {
			return;
		}
		if (reservation.getStatus() == StockReservation.Status.RELEASED) {
			// Released before this arrived: the order was cancelled, there is nothing to
			// sell.
			log.info("Stock for order {} was released before it could be committed", command.orderId());
			return;
		}
		reservation.commit(clock.instant());
		var stock = lock(reservation.getLines());
		reservation.getLines().forEach(line -> stock.get(line.sku()).commit(line.quantity()));
		reservations.save(reservation);
		stock.values().forEach(items::save);
		log.info("Committed stock for order {}", command.orderId());
	}

	/**
	 * Records a stock count: what is on hand now. Starts recording stock for a SKU that
	 * had none.
	 */
	public StockLevel count(Sku sku, int onHand) {
		var item = items.findBySku(sku).orElseGet(() -> StockItem.of(sku, products.getBySku(sku).getId()));
		item.count(onHand, settings.lowStockThreshold());
		return StockLevel.of(items.save(item));
	}

	@Transactional(readOnly = true)
	StockLevel level(Sku sku) {
		return items.findBySku(sku).map(StockLevel::of).orElseGet(() -> {
			var product = products.getBySku(sku);
			return new StockLevel(sku, product.getId(), 0, 0, 0);
		});
	}

	/*
	 * One order's reservation and release, which may arrive at the same moment (an order
	 * cancelled as it is placed), take turns: whichever comes second finds the first's
	 * reservation stored, where otherwise both would store one and the second would fail.
	 * Taken before any row lock, so it adds no deadlock.
	 */
	private void lockOrder(UUID orderId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)")
			.param(orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits())
			.query((row, number) -> true)
			.single();
	}

	private Map<Sku, StockItem> lock(List<StockLine> lines) {
		return items.findBySkuInOrderBySku(lines.stream().map(StockLine::sku).toList())
			.stream()
			.collect(Collectors.toMap(StockItem::getSku, Function.identity()));
	}

	/** One line per SKU, in SKU order: an order listing a SKU twice reserves the sum. */
	private static List<StockLine> mergedBySku(List<StockLine> lines) {
		return lines.stream()
			.collect(Collectors.toMap(StockLine::sku, StockLine::quantity, Integer::sum, TreeMap::new))
			.entrySet()
			.stream()
			.map(it -> new StockLine(it.getKey(), it.getValue()))
			.toList();
	}

}
